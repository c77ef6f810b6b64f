import { z } from 'zod';
import { callerCampaign } from './campaign';

export const ROLES = ['organiser', 'coordinator', 'caller'] as const;
export const role = z.enum(ROLES);
export type Role = z.infer<typeof role>;

const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an email address' }));

export const loginBody = z.object({
  email,
  password: z.string().min(1, 'is required').max(1024),
});
export type LoginBody = z.infer<typeof loginBody>;

/** Passwords we accept for new accounts: long beats clever. */
export const newPassword = z
  .string()
  .min(12, 'must be at least 12 characters')
  .max(1024, 'must be at most 1024 characters');

export const setupBody = z.object({
  token: z.string().min(1, 'is required'),
  name: z.string().trim().min(1, 'is required').max(200),
  email,
  password: newPassword,
});
export type SetupBody = z.infer<typeof setupBody>;

export const joinBody = z.object({
  name: z.string().trim().min(1, 'is required').max(200),
  email,
  phone: z.string().trim().max(40).optional(),
});
export type JoinBody = z.infer<typeof joinBody>;

export const user = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  role,
});
export type User = z.infer<typeof user>;

export const meResponse = z.object({
  user: user.nullable(),
  csrfToken: z.string(),
  /** True while no organiser exists yet: the client offers the setup page. */
  needsSetup: z.boolean(),
});
export type MeResponse = z.infer<typeof meResponse>;

export const loginResponse = z.object({ user, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof loginResponse>;

/** An organiser adds a coordinator or another organiser; callers join by link instead. */
export const createTeamMemberBody = z
  .object({
    name: z.string().trim().min(1, 'is required').max(200),
    email,
    role: z.enum(['organiser', 'coordinator']),
    password: newPassword,
  })
  .strict();
export type CreateTeamMemberBody = z.infer<typeof createTeamMemberBody>;

export const teamMember = user.extend({ createdAt: z.string() });
export type TeamMember = z.infer<typeof teamMember>;

export const joinResponse = z.object({
  user,
  campaign: callerCampaign,
  csrfToken: z.string(),
});
export type JoinResponse = z.infer<typeof joinResponse>;

/** An organiser invites a coordinator (or organiser) by a one-time link instead of choosing their password. */
export const createInviteBody = z
  .object({
    email,
    role: z.enum(['organiser', 'coordinator']),
  })
  .strict();
export type CreateInviteBody = z.infer<typeof createInviteBody>;

export const invite = z.object({
  id: z.number().int(),
  email: z.string(),
  role: z.enum(['organiser', 'coordinator']),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type Invite = z.infer<typeof invite>;

/** POST /api/team/invites → the link to pass on; its token is shown once and only its hash is kept. */
export const inviteCreated = z.object({ invite, url: z.string() });

/** The invited person picks their name and password; the token comes from the link's fragment. */
export const acceptInviteBody = z
  .object({
    token: z.string().min(1, 'is required').max(200),
    name: z.string().trim().min(1, 'is required').max(200),
    password: newPassword,
  })
  .strict();
export type AcceptInviteBody = z.infer<typeof acceptInviteBody>;
