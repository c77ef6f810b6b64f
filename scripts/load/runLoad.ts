// The load generator as a library: N simulated callers spread round-robin over the
// servers, run for a time or until the queue is empty. tests/scale and scripts/crash use it.
import { performance } from 'node:perf_hooks';
import { SimCaller } from './caller';
import type { Control } from './caller';
import { Recorder, latency } from './recorder';
import type { Latency } from './recorder';

export interface LoadOptions {
  urls: string[];
  campaignId: number;
  joinToken: string;
  callers: number;
  /** Stop claiming after this long; with untilEmpty, whichever comes first. */
  seconds?: number;
  untilEmpty?: boolean;
  thinkMs?: number;
  /** Prefix of every idempotency key and caller email: keeps runs on one database apart. */
  runId?: string;
  /** Called every few seconds while the callers work. */
  onProgress?: (line: string) => void;
}

export interface LoadReport {
  runId: string;
  callers: number;
  seconds: number;
  cycles: number;
  cyclesPerSecond: number;
  claim: Latency;
  outcome: Latency;
  errors: Record<string, number>;
  recorder: Recorder;
}

export interface LoadRun {
  recorder: Recorder;
  callers: SimCaller[];
  /** Winds down: no new claims; outcomes in hand are still recorded. */
  stop(): void;
  /** Drops every socket at once, claims in hand and all, as if every browser closed. */
  abandon(): void;
  finished: Promise<LoadReport>;
}

async function joinAll(opts: LoadOptions, runId: string, rec: Recorder, ctl: Control) {
  const callers = Array.from(
    { length: opts.callers },
    (_, index) =>
      new SimCaller(
        {
          index,
          base: opts.urls[index % opts.urls.length]!,
          campaignId: opts.campaignId,
          joinToken: opts.joinToken,
          runId,
          thinkMs: opts.thinkMs ?? 0,
          untilEmpty: opts.untilEmpty ?? false,
        },
        rec,
        ctl,
      ),
  );
  // Fifty at a time: a crowd arriving, without queueing thousands of sign-ins at once.
  for (let i = 0; i < callers.length; i += 50)
    await Promise.all(callers.slice(i, i + 50).map((c) => c.join()));
  await Promise.all(
    callers.map(
      (c) =>
        new Promise<void>((resolve, reject) => {
          if (c.socket!.connected) return resolve();
          const t = setTimeout(() => reject(new Error(`caller ${c.plan.index} did not connect`)), 30_000);
          c.socket!.once('connect', () => (clearTimeout(t), resolve()));
        }),
    ),
  );
  return callers;
}

/** Joins every caller, then starts them all at once; `finished` resolves when every loop has ended. */
export async function startLoad(opts: LoadOptions): Promise<LoadRun> {
  const runId = opts.runId ?? `L${Date.now().toString(36)}`;
  const recorder = new Recorder();
  const ctl: Control = { stopping: false, abandoned: false };
  const callers = await joinAll(opts, runId, recorder, ctl);
  const t0 = performance.now();
  const stop = () => void (ctl.stopping = true);
  const timer = opts.seconds ? setTimeout(stop, opts.seconds * 1000) : null;
  const progress = opts.onProgress
    ? setInterval(() => {
        const s = (performance.now() - t0) / 1000;
        opts.onProgress!(
          `${s.toFixed(0)} s: ${recorder.acked.length} outcomes (${(recorder.acked.length / s).toFixed(0)}/s)`,
        );
      }, 5000)
    : null;
  const finished = Promise.all(callers.map((c) => c.run())).then(() => {
    const seconds = (performance.now() - t0) / 1000;
    if (timer) clearTimeout(timer);
    if (progress) clearInterval(progress);
    ctl.abandoned = true;
    for (const c of callers) c.close();
    const cycles = recorder.acked.length;
    return {
      runId,
      callers: callers.length,
      seconds,
      cycles,
      cyclesPerSecond: cycles / seconds,
      claim: latency(recorder.claimMs),
      outcome: latency(recorder.outcomeMs),
      errors: Object.fromEntries(recorder.errors),
      recorder,
    };
  });
  const abandon = () => {
    ctl.stopping = true;
    ctl.abandoned = true;
    for (const c of callers) c.close();
  };
  return { recorder, callers, stop, abandon, finished };
}

export async function runLoad(opts: LoadOptions): Promise<LoadReport> {
  return (await startLoad(opts)).finished;
}
