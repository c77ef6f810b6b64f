import type { Role, User } from '../../protocol';
import type { Queryable } from './db';
import { forUpdateClause, lockRows, runStatement } from './dialect';

export interface UserRow {
  id: number;
  name: string;
  email: string;
  phone: string | null;
  role: Role;
  password_hash: string | null;
  blocked_at: number | null;
  created_at: number;
}

export const toUser = (row: UserRow): User => ({
  id: row.id,
  name: row.name,
  email: row.email,
  role: row.role,
});

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  return db<UserRow>('users').where({ email: email.toLowerCase() }).first();
}

export async function findUserById(db: Queryable, id: number): Promise<UserRow | undefined> {
  return db<UserRow>('users').where({ id }).first();
}

export async function insertUser(
  db: Queryable,
  user: { name: string; email: string; role: Role; phone?: string | null; passwordHash?: string | null },
  now: number,
): Promise<UserRow> {
  const [row] = await db<UserRow>('users')
    .insert({
      name: user.name,
      email: user.email.toLowerCase(),
      role: user.role,
      phone: user.phone ?? null,
      password_hash: user.passwordHash ?? null,
      created_at: now,
    })
    .returning('*');
  return row as UserRow;
}

/** Organisers who can still sign in. */
export async function countOrganisers(db: Queryable): Promise<number> {
  const row = await db('users')
    .where({ role: 'organiser' })
    .whereNull('blocked_at')
    .count<{ n: number | string }>({ n: '*' })
    .first();
  return Number(row?.n ?? 0);
}

/** Organisers and coordinators who can sign in, oldest first (callers are listed per campaign). */
export async function listStaff(db: Queryable): Promise<UserRow[]> {
  return db<UserRow>('users')
    .whereIn('role', ['organiser', 'coordinator'])
    .whereNull('blocked_at')
    .orderBy('id');
}

export async function setRole(db: Queryable, id: number, role: Role): Promise<void> {
  await db('users').where({ id }).update({ role });
}

/** Holds this user's row until commit on Postgres, so one person's requests take turns. */
export async function lockUser(db: Queryable, id: number): Promise<void> {
  await runStatement(db, `select "id" from "users" where "id" = ?${forUpdateClause(db)}`, [id]);
}

/** Stops an account signing in; its sessions go too, so it is refused at its next request. */
export async function blockUser(db: Queryable, id: number, now: number): Promise<void> {
  await db('users').where({ id }).update({ blocked_at: now });
  await db('sessions').where({ user_id: id }).delete();
}

/** Serialises changes to who the organisers are (Postgres row locks; SQLite serialises writers anyway). */
export async function lockOrganisers(db: Queryable): Promise<void> {
  await lockRows(db, db('users').where({ role: 'organiser' }).whereNull('blocked_at').select('id'));
}
