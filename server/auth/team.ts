import type { CreateTeamMemberBody, TeamMember } from '../../protocol';
import type { AppContext } from '../context';
import { AppError, notFound } from '../errors';
import {
  blockUser,
  lockOrganisers,
  countOrganisers,
  findUserByEmail,
  findUserById,
  insertUser,
  listStaff,
} from '../store/users';
import type { UserRow } from '../store/users';
import { writeAudit } from '../store/audit';
import { hashPassword } from './passwords';

const toMember = (row: UserRow): TeamMember => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
  createdAt: new Date(row.created_at).toISOString(),
});

export async function listTeam(ctx: AppContext): Promise<TeamMember[]> {
  return (await listStaff(ctx.db)).map(toMember);
}

/** Adds an organiser or coordinator with a password the organiser passes on to them. */
export async function addTeamMember(
  ctx: AppContext,
  body: CreateTeamMemberBody,
  actorId: number,
): Promise<TeamMember> {
  const passwordHash = await hashPassword(body.password);
  return ctx.db.transaction(async (trx) => {
    if (await findUserByEmail(trx, body.email)) {
      throw new AppError('conflict', 'Someone with that email already has an account');
    }
    const row = await insertUser(
      trx,
      { name: body.name, email: body.email, role: body.role, passwordHash },
      ctx.now(),
    );
    await writeAudit(
      trx,
      { actorId, action: 'user.create', subjectType: 'user', subjectId: row.id, detail: { role: body.role } },
      ctx.now(),
    );
    return toMember(row);
  });
}

/**
 * Removes an organiser or coordinator: they can no longer sign in and their sessions end.
 * Nobody removes themselves, and the last organiser stays, so someone can always run the campaign.
 */
export async function removeTeamMember(
  ctx: AppContext,
  userId: number,
  actor: { id: number },
): Promise<void> {
  if (userId === actor.id)
    throw new AppError('conflict', 'You cannot remove yourself: ask another organiser');
  await ctx.db.transaction(async (trx) => {
    const row = await findUserById(trx, userId);
    if (!row || row.role === 'caller' || row.blocked_at !== null) throw notFound('Team member');
    // Two organisers removing each other at once: the lock makes the second see the first's removal.
    if (row.role === 'organiser') await lockOrganisers(trx);
    if (row.role === 'organiser' && (await countOrganisers(trx)) <= 1) {
      throw new AppError('conflict', 'This is the last organiser: add another before removing them');
    }
    await blockUser(trx, userId, ctx.now());
    await writeAudit(
      trx,
      {
        actorId: actor.id,
        action: 'user.remove',
        subjectType: 'user',
        subjectId: userId,
        detail: { role: row.role },
      },
      ctx.now(),
    );
  });
}
