import type { Queryable } from './db';
import type { UserRow } from './users';

export interface SessionRow {
  id: string;
  user_id: number | null;
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

export async function insertSession(db: Queryable, row: SessionRow): Promise<void> {
  await db('sessions').insert(row);
}

/** The session and, when signed in, its user (blocked users count as signed out). */
export async function findSession(
  db: Queryable,
  id: string,
  now: number,
): Promise<{ session: SessionRow; user: UserRow | null } | undefined> {
  const session = await db<SessionRow>('sessions').where({ id }).andWhere('expires_at', '>', now).first();
  if (!session) return undefined;
  if (session.user_id === null) return { session, user: null };
  const user = await db<UserRow>('users').where({ id: session.user_id }).whereNull('blocked_at').first();
  return { session, user: user ?? null };
}

export async function touchSession(db: Queryable, id: string, now: number, expiresAt: number): Promise<void> {
  await db('sessions').where({ id }).update({ last_seen_at: now, expires_at: expiresAt });
}

export async function deleteSession(db: Queryable, id: string): Promise<void> {
  await db('sessions').where({ id }).delete();
}

export async function deleteExpiredSessions(db: Queryable, now: number): Promise<number> {
  return db('sessions').where('expires_at', '<=', now).delete();
}
