import type { AppContext } from '../context';
import type { Db } from '../store/db';
import { listIndexableSessions, sessionsVersion } from '../store/canvassSessions';
import { NearestIndex } from './nearestIndex';

// Sessions change rarely; a version check at most this often keeps every instance's index
// fresh without a query per call.
const CHECK_EVERY_MS = 5000;

interface Held {
  index: NearestIndex;
  version: string;
  checkedAt: number;
}

const held = new WeakMap<Db, Held>();

/**
 * The spatial index of upcoming sessions for this database, rebuilt when any session is
 * added, edited or cancelled (here or on another instance), or when one has started.
 */
export async function sessionIndex(ctx: AppContext): Promise<NearestIndex> {
  const now = ctx.now();
  const h = held.get(ctx.db);
  if (h && now - h.checkedAt < CHECK_EVERY_MS && now >= h.checkedAt) return h.index;
  const version = await sessionsVersion(ctx.db);
  const startedSince = h?.index.sessions.some((s) => s.startsAt <= now) ?? false;
  if (h && h.version === version && !startedSince) {
    h.checkedAt = now;
    return h.index;
  }
  const index = new NearestIndex(await listIndexableSessions(ctx.db, now));
  held.set(ctx.db, { index, version, checkedAt: now });
  return index;
}

/** After a change on this instance: rebuild on next use rather than waiting for the check. */
export function sessionsChanged(ctx: AppContext): void {
  held.delete(ctx.db);
}
