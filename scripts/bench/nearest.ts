// Nearest-3 canvass sessions among 10,000, as call.next asks it: µs per query.
// Baseline: a linear scan over the same sessions (what the index replaces). The index holds
// only upcoming sessions (it is rebuilt when one starts), so it needs no per-point filter.
//   npx tsx scripts/bench/nearest.ts [sessions] [queries]
import { performance } from 'node:perf_hooks';
import { distance } from 'geokdbush';
import { NearestIndex } from '../../server/canvass/nearestIndex';
import type { IndexedSession } from '../../server/canvass/nearestIndex';

const SESSIONS = Number(process.argv[2] ?? 10_000);
const QUERIES = Number(process.argv[3] ?? 100_000);

// Deterministic points over Great Britain's bounding box.
let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const gb = () => ({ lat: 50 + rand() * 8.5, lng: -5.5 + rand() * 7.3 });
const now = Date.now();
const sessions: IndexedSession[] = Array.from({ length: SESSIONS }, (_, id) => ({
  id,
  ...gb(),
  startsAt: now + rand() * 30 * 86_400_000,
  constituencyCode: null,
}));
const queries = Array.from({ length: QUERIES }, gb);
const upcoming = (s: IndexedSession) => s.startsAt > now;

const t0 = performance.now();
const index = new NearestIndex(sessions);
const buildMs = performance.now() - t0;

let sink = 0;
for (let i = 0; i < 2000; i++) sink += index.nearest(queries[i]!.lat, queries[i]!.lng, 3, 80).length; // warm-up
const t1 = performance.now();
for (const q of queries) sink += index.nearest(q.lat, q.lng, 3, 80).length;
const indexUs = ((performance.now() - t1) * 1000) / QUERIES;

// call.next reads 24 candidates so that full sessions can be dropped and seats can break ties.
const t3 = performance.now();
for (const q of queries) sink += index.nearest(q.lat, q.lng, 24, 80).length;
const index24Us = ((performance.now() - t3) * 1000) / QUERIES;

const SCAN_QUERIES = Math.min(QUERIES, 2000);
const t2 = performance.now();
for (const q of queries.slice(0, SCAN_QUERIES)) {
  const best = sessions
    .filter(upcoming)
    .map((s) => ({ s, d: distance(q.lng, q.lat, s.lng, s.lat) }))
    .filter((x) => x.d <= 80)
    .sort((a, b) => a.d - b.d)
    .slice(0, 3);
  sink += best.length;
}
const scanUs = ((performance.now() - t2) * 1000) / SCAN_QUERIES;

console.log(`sessions: ${SESSIONS}, queries: ${QUERIES} (scan: ${SCAN_QUERIES})`);
console.log(`index build: ${buildMs.toFixed(1)} ms`);
console.log(`nearest-3 via index: ${indexUs.toFixed(2)} µs/query (goal ≤ 10 µs)`);
console.log(`nearest-24 via index (what call.next reads): ${index24Us.toFixed(2)} µs/query`);
console.log(
  `baseline linear scan: ${scanUs.toFixed(1)} µs/query → index is ${(scanUs / indexUs).toFixed(0)}× faster`,
);
if (sink < 0) console.log(sink);
