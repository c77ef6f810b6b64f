import type { CreateTeamMemberBody, TeamMember } from '../../protocol';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { findUserByEmail, insertUser, listStaff } from '../store/users';
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
