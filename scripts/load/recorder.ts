// What the simulated callers saw: latencies, error ids, and every acknowledged outcome
// (the verification afterwards checks each one against the database).
import { percentile } from '../bench/lib';

export interface AckedOutcome {
  idempotencyKey: string;
  callId: number;
  outcome: string;
  assignmentId: number;
  caller: number;
}

export class Recorder {
  readonly claimMs: number[] = [];
  readonly outcomeMs: number[] = [];
  readonly errors = new Map<string, number>();
  readonly acked: AckedOutcome[] = [];
  /** assignmentId → the callers (by index) it was handed to. */
  readonly handed = new Map<number, Set<number>>();
  /** Requests whose ack never came (disconnect or timeout) and were sent again. */
  resent = 0;

  error(id: string): void {
    this.errors.set(id, (this.errors.get(id) ?? 0) + 1);
  }
  hand(assignmentId: number, caller: number): void {
    const set = this.handed.get(assignmentId) ?? new Set<number>();
    set.add(caller);
    this.handed.set(assignmentId, set);
  }
}

export interface Latency {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function latency(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentile(s, 50),
    p95: percentile(s, 95),
    p99: percentile(s, 99),
    max: s.at(-1) ?? NaN,
  };
}

export const fmtLatency = (l: Latency) =>
  `p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, max ${l.max.toFixed(0)} ms (n=${l.n})`;
