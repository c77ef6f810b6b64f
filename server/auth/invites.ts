import type { AcceptInviteBody, CreateInviteBody, Invite, User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError, notFound } from '../errors';
import { writeAudit } from '../store/audit';
import { cancelInvite, findOpenInvite, insertInvite, listOpenInvites, useInvite } from '../store/invites';
import type { InviteRow } from '../store/invites';
import { findUserByEmail, insertUser, toUser } from '../store/users';
import { hashPassword } from './passwords';
import { hashToken, newToken } from './tokens';

/** Long enough to reach someone over a weekend; short enough that a forgotten link goes stale. */
const INVITE_DAYS = 7;

export const toInvite = (r: InviteRow): Invite => ({
  id: r.id,
  email: r.email,
  role: r.role,
  createdAt: new Date(r.created_at).toISOString(),
  expiresAt: new Date(r.expires_at).toISOString(),
});

const stale = () =>
  new AppError('not_found', 'This invite link has expired, been used or been cancelled: ask for a new one');

export const openInvites = async (ctx: AppContext): Promise<Invite[]> =>
  (await listOpenInvites(ctx.db, ctx.now())).map(toInvite);

/** A one-time link for a new organiser or coordinator; the token is in the fragment, so it stays out of logs. */
export async function createInvite(
  ctx: AppContext,
  body: CreateInviteBody,
  actor: User,
  baseUrl: string,
): Promise<{ invite: Invite; url: string }> {
  if (await findUserByEmail(ctx.db, body.email)) {
    throw new AppError('conflict', 'Someone with that email already has an account');
  }
  const token = newToken();
  const now = ctx.now();
  const row = await ctx.db.transaction(async (trx) => {
    const created = await insertInvite(trx, {
      token_hash: hashToken(token),
      email: body.email,
      role: body.role,
      created_by: actor.id,
      created_at: now,
      expires_at: now + INVITE_DAYS * 86_400_000,
    });
    await writeAudit(
      trx,
      {
        actorId: actor.id,
        action: 'invite.create',
        subjectType: 'invite',
        subjectId: created.id,
        detail: { role: body.role },
      },
      now,
    );
    return created;
  });
  return { invite: toInvite(row), url: `${baseUrl}/invite#${token}` };
}

/** Who a link is for, so the page can greet them before they choose a password. */
export async function lookupInvite(ctx: AppContext, token: string): Promise<Invite> {
  const row = await findOpenInvite(ctx.db, hashToken(token), ctx.now());
  if (!row) throw stale();
  return toInvite(row);
}

/** Uses the link once: makes the account with the invited email and role. */
export async function acceptInvite(ctx: AppContext, body: AcceptInviteBody): Promise<User> {
  const passwordHash = await hashPassword(body.password);
  return ctx.db.transaction(async (trx) => {
    const now = ctx.now();
    const invite = await findOpenInvite(trx, hashToken(body.token), now);
    if (!invite || !(await useInvite(trx, invite.id, now))) throw stale();
    if (await findUserByEmail(trx, invite.email)) {
      throw new AppError('conflict', 'An account with this email already exists: sign in instead');
    }
    const row = await insertUser(
      trx,
      { name: body.name, email: invite.email, role: invite.role, passwordHash },
      now,
    );
    await writeAudit(
      trx,
      {
        actorId: row.id,
        action: 'user.create',
        subjectType: 'user',
        subjectId: row.id,
        detail: { role: invite.role, inviteId: invite.id },
      },
      now,
    );
    return toUser(row);
  });
}

export async function withdrawInvite(ctx: AppContext, id: number, actor: User): Promise<void> {
  await ctx.db.transaction(async (trx) => {
    if (!(await cancelInvite(trx, id, ctx.now()))) throw notFound('Invite');
    await writeAudit(
      trx,
      { actorId: actor.id, action: 'invite.cancel', subjectType: 'invite', subjectId: id },
      ctx.now(),
    );
  });
}
