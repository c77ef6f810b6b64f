import type { NearestSession } from '../../protocol';
import type { AppContext } from '../context';
import { findSessions } from '../store/canvassSessions';
import type { Candidate } from './nearestIndex';
import { sessionIndex } from './sessionIndex';
import { spacesLeft, toCanvassSession } from './sessionView';

/** Further than this, a session is no nudge at all: an evening's travel, not a walk or a bus. */
export const MAX_KM = 80;
/** Sessions within the same band count as equally near; then seat, then soonest decide. */
const BAND_KM = 3;
/** Candidates read from the index before full sessions are dropped. */
const CANDIDATES = 24;

export interface NearestQuery {
  lat: number;
  lng: number;
  limit: number;
  /** The contact's own seat (ONS code), when known. */
  constituencyCode?: string | null;
  targetSeats?: readonly string[];
}

/**
 * The best upcoming sessions with spaces left for a point: near first, then (within a few
 * km of each other) a session in the contact's own seat or a target seat, then soonest.
 */
export async function nearestSessions(ctx: AppContext, q: NearestQuery): Promise<NearestSession[]> {
  const index = await sessionIndex(ctx);
  // The index holds only sessions that had not started when it was built, and is rebuilt
  // once one starts, so no per-point filter is needed here.
  const candidates = index.nearest(q.lat, q.lng, CANDIDATES, MAX_KM);
  if (!candidates.length) return [];
  const records = new Map(
    (
      await findSessions(
        ctx.db,
        candidates.map((c) => c.id),
      )
    ).map((r) => [r.id, r]),
  );
  const seats = new Set([...(q.targetSeats ?? []), ...(q.constituencyCode ? [q.constituencyCode] : [])]);
  const inSeat = (c: Candidate) => c.constituencyCode !== null && seats.has(c.constituencyCode);
  return candidates
    .filter((c) => {
      const r = records.get(c.id);
      return r && r.cancelledAt === null && spacesLeft(r) !== 0;
    })
    .sort(
      (a, b) =>
        Math.floor(a.distanceKm / BAND_KM) - Math.floor(b.distanceKm / BAND_KM) ||
        Number(inSeat(b)) - Number(inSeat(a)) ||
        a.startsAt - b.startsAt ||
        a.distanceKm - b.distanceKm,
    )
    .slice(0, q.limit)
    .map((c) => {
      const r = records.get(c.id)!;
      return {
        session: toCanvassSession(r, ctx.geo),
        distanceKm: Math.round(c.distanceKm * 10) / 10,
        spacesLeft: spacesLeft(r),
        inSeat: inSeat(c),
      };
    });
}
