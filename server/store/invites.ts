import type { Queryable } from './db';

export interface InviteRow {
  id: number;
  token_hash: string;
  email: string;
  role: 'organiser' | 'coordinator';
  created_by: number | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  cancelled_at: number | null;
}

export async function insertInvite(
  db: Queryable,
  i: Pick<InviteRow, 'token_hash' | 'email' | 'role' | 'created_by' | 'created_at' | 'expires_at'>,
): Promise<InviteRow> {
  const [row] = await db<InviteRow>('invites').insert(i).returning('*');
  return row as InviteRow;
}

/** An invite that can still be used: not used, not cancelled, not expired. */
export async function findOpenInvite(
  db: Queryable,
  tokenHash: string,
  now: number,
): Promise<InviteRow | undefined> {
  return db<InviteRow>('invites')
    .where({ token_hash: tokenHash })
    .whereNull('used_at')
    .whereNull('cancelled_at')
    .andWhere('expires_at', '>', now)
    .first();
}

/** Marks the invite used; false when someone else used it first (the guard makes the link work once). */
export async function useInvite(db: Queryable, id: number, now: number): Promise<boolean> {
  const n = await db('invites')
    .where({ id })
    .whereNull('used_at')
    .whereNull('cancelled_at')
    .update({ used_at: now });
  return n === 1;
}

export async function cancelInvite(db: Queryable, id: number, now: number): Promise<boolean> {
  const n = await db('invites')
    .where({ id })
    .whereNull('used_at')
    .whereNull('cancelled_at')
    .update({ cancelled_at: now });
  return n === 1;
}

export async function listOpenInvites(db: Queryable, now: number): Promise<InviteRow[]> {
  return db<InviteRow>('invites')
    .whereNull('used_at')
    .whereNull('cancelled_at')
    .andWhere('expires_at', '>', now)
    .orderBy('id', 'desc');
}
