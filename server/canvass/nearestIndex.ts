import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';

export interface IndexedSession {
  id: number;
  lat: number;
  lng: number;
  startsAt: number;
  constituencyCode: string | null;
}

export interface Candidate extends IndexedSession {
  distanceKm: number;
}

/** A static k-d tree over session points, searched great-circle nearest first (geokdbush). */
export class NearestIndex {
  private readonly tree: KDBush;

  constructor(readonly sessions: IndexedSession[]) {
    this.tree = new KDBush(Math.max(sessions.length, 1));
    for (const s of sessions) this.tree.add(s.lng, s.lat);
    if (!sessions.length) this.tree.add(0, 0); // kdbush cannot be empty; the filter hides it
    this.tree.finish();
  }

  /** Up to k sessions within maxKm of the point, nearest first (passing keep(), when given). */
  nearest(
    lat: number,
    lng: number,
    k: number,
    maxKm: number,
    keep?: (s: IndexedSession) => boolean,
  ): Candidate[] {
    if (!this.sessions.length) return [];
    const filter = keep ? (i: number) => keep(this.sessions[i]!) : undefined;
    const ids = around(this.tree, lng, lat, k, maxKm, filter) as number[];
    return ids.map((i) => {
      const s = this.sessions[i]!;
      return { ...s, distanceKm: distance(lng, lat, s.lng, s.lat) };
    });
  }
}
