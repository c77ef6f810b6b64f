// Optional online fallback to a postcodes.io-compatible server (POSTCODES_IO_URL), for
// postcodes the offline files lack. Off by default; bounded by a timeout; answers cached.
import type { Logger } from '../log';

export interface OnlineHit {
  lat: number;
  lng: number;
  seat: string | null;
}

export interface PostcodeLookup {
  /** Looks postcodes up in bulk; a postcode absent from the map was not found (or the server failed). */
  lookup(postcodes: string[]): Promise<Map<string, OnlineHit>>;
}

interface BulkReply {
  result?: Array<{
    query: string;
    result: null | {
      latitude: number | null;
      longitude: number | null;
      codes?: { parliamentary_constituency_2024?: string; parliamentary_constituency?: string };
    };
  }>;
}

const BATCH = 100; // postcodes.io's bulk limit

export function postcodesIo(baseUrl: string, log: Logger, timeoutMs = 3000): PostcodeLookup {
  const cache = new Map<string, OnlineHit | null>();
  const ask = async (batch: string[]) => {
    try {
      const res = await fetch(`${baseUrl.replace(/\/$/, '')}/postcodes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ postcodes: batch }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body = (await res.json()) as BulkReply;
      for (const q of batch) cache.set(q, null);
      for (const r of body.result ?? []) {
        const p = r.result;
        if (!p || p.latitude === null || p.longitude === null) continue;
        const seat = p.codes?.parliamentary_constituency_2024 ?? p.codes?.parliamentary_constituency ?? null;
        cache.set(r.query.toUpperCase(), { lat: p.latitude, lng: p.longitude, seat });
      }
    } catch (err) {
      // Unplaced beats stuck: the import or session goes on without the online answer.
      log.warn({ err, count: batch.length }, 'postcode lookup failed; leaving those postcodes unplaced');
    }
  };
  return {
    async lookup(postcodes) {
      const wanted = [...new Set(postcodes.map((p) => p.toUpperCase()))].filter((p) => !cache.has(p));
      for (let i = 0; i < wanted.length; i += BATCH) await ask(wanted.slice(i, i + BATCH));
      const out = new Map<string, OnlineHit>();
      for (const p of postcodes) {
        const hit = cache.get(p.toUpperCase());
        if (hit) out.set(p, hit);
      }
      return out;
    },
  };
}
