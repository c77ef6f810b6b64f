import type { Queryable } from './db';

export async function insertSetupToken(db: Queryable, id: string, now: number): Promise<void> {
  await db('setup_tokens').insert({ id, created_at: now, used_at: null });
}

/** Marks the token used; true only for the one request that used it first. */
export async function consumeSetupToken(db: Queryable, id: string, now: number): Promise<boolean> {
  const changed = await db('setup_tokens').where({ id }).whereNull('used_at').update({ used_at: now });
  return changed === 1;
}
