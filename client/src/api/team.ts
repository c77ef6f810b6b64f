// The team (organisers and coordinators) and the one-time invite links that add to it. Answers are
// trusted as typed (protocol's types, no zod at run time), except the one that starts a session.
import type { z } from 'zod';
import type {
  AcceptInviteBody,
  CreateInviteBody,
  Invite,
  LoginResponse,
  TeamMember,
  inviteCreated,
} from '../../../protocol';
import { ApiError, request, setCsrfToken } from './http';

export type InviteCreated = z.infer<typeof inviteCreated>;
export type { Invite, TeamMember };

/** What an invite link says about itself before it is accepted. */
export type InviteDetails = Pick<Invite, 'email' | 'role' | 'expiresAt'>;

/** The team feature's TanStack Query keys. */
export const teamKeys = {
  /** GET /api/team: the people, and the invites not yet accepted. */
  team: ['team'] as const,
  /** POST /api/invites/lookup: whom one invite link is for. */
  invite: (token: string) => ['invite', token] as const,
};

export async function fetchTeam(): Promise<{ team: TeamMember[]; invites: Invite[] }> {
  const data = (await request('GET', '/api/team')) as { team: TeamMember[]; invites?: Invite[] };
  return { team: data.team, invites: data.invites ?? [] };
}

/** Makes a one-time invite link; its token is in this answer only. */
export async function createInvite(body: CreateInviteBody): Promise<InviteCreated> {
  return (await request('POST', '/api/team/invites', body)) as InviteCreated;
}

export async function cancelInvite(id: number): Promise<void> {
  await request('DELETE', `/api/team/invites/${id}`);
}

/** Removes someone: they can no longer sign in, and their sessions end at once. */
export async function removeMember(userId: number): Promise<void> {
  await request('DELETE', `/api/team/${userId}`);
}

export async function lookUpInvite(token: string): Promise<InviteDetails> {
  return ((await request('POST', '/api/invites/lookup', { token })) as { invite: InviteDetails }).invite;
}

// The accept answer starts a session, so its shape is checked before the CSRF token is trusted.
function isSession(data: unknown): data is LoginResponse {
  const { user, csrfToken } = (data ?? {}) as Record<string, unknown>;
  const u = user as Record<string, unknown> | null | undefined;
  return typeof csrfToken === 'string' && typeof u?.id === 'number' && typeof u.role === 'string';
}

/** Accepts an invite with a name and password; the person is signed in when it succeeds. */
export async function acceptInvite(body: AcceptInviteBody): Promise<LoginResponse> {
  const session = await request('POST', '/api/invites/accept', body);
  if (!isSession(session)) {
    throw new ApiError(200, 'bad_response', 'Ringround has been updated. Reload the page to carry on.');
  }
  setCsrfToken(session.csrfToken);
  return session;
}
