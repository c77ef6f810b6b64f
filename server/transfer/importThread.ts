import path from 'node:path';
import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import type { ErrorId } from '../../protocol';
import { AppError } from '../errors';
import { signupBatches } from './signupBatches';
import type { SignupBatch } from './signupBatches';

/**
 * Uploads at least this big are parsed and checked on a worker thread (importWorker.ts); smaller
 * ones on this thread, since starting a worker costs ~0.3–0.5 s, about what 1 MB takes to parse.
 */
export const OFF_THREAD_FROM = 1024 * 1024;

/** Checked batches the main thread may hold before the worker waits: bounded memory, no idle gap. */
const AHEAD = 2;

export interface WorkerInput {
  country: string;
  ahead: number;
}
export type ToWorker =
  { type: 'chunk'; data: Uint8Array } | { type: 'end' } | { type: 'fail' } | { type: 'took'; count: number };
export type FromWorker =
  | { type: 'pull' }
  | { type: 'batch'; batch: SignupBatch }
  | { type: 'done' }
  | { type: 'error'; id: ErrorId | null; message: string };

/**
 * The upload's checked batches in file order (signupBatches.ts): a small upload's parsed here,
 * a large one's on a worker thread. Only the first OFF_THREAD_FROM bytes are held to decide.
 */
export async function checkedBatches(input: Readable, country: string): Promise<AsyncGenerator<SignupBatch>> {
  const source = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const head: Array<Buffer | string> = [];
  for (let size = 0; size < OFF_THREAD_FROM;) {
    const next = await source.next();
    if (next.done) return signupBatches(Readable.from(head), country);
    head.push(next.value);
    size += Buffer.byteLength(next.value);
  }
  async function* whole() {
    yield* head.splice(0);
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  }
  return batchesInWorker(whole(), country);
}

/** tsx (npm start, scripts) and jest run the TypeScript as it is: the worker registers tsx's hook first. */
function startWorker(data: WorkerInput): Worker {
  const compiled = !__filename.endsWith('.ts');
  const entry = path.join(__dirname, `importWorker${compiled ? '.js' : '.ts'}`);
  if (compiled) return new Worker(entry, { workerData: data });
  const tsx = require.resolve('tsx/cjs/api');
  const boot = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
  return new Worker(boot, { eval: true, workerData: data });
}

/**
 * Runs signupBatches on a worker, handing it the upload a chunk at a time as it asks (so it
 * reads no faster than it parses) and taking batches back at most AHEAD at a time. The worker
 * ends with the generator, whichever way: done, failed, or the caller stopping early.
 */
async function* batchesInWorker(source: AsyncGenerator<Buffer | string>, country: string) {
  const worker = startWorker({ country, ahead: AHEAD });
  // Never the thing that keeps a stopping server alive; held only while this waits on it.
  worker.unref();
  const queue: SignupBatch[] = [];
  let finished = false;
  // Set from the worker's and the upload's callbacks (so declared wide, not narrowed to null).
  let failure = null as { err: unknown } | null;
  let inputFailure = null as { err: unknown } | null;
  let wake: (() => void) | null = null;
  const tell = (m: ToWorker, transfer?: ArrayBuffer[]) => worker.postMessage(m, transfer);
  const fail = (err: unknown) => {
    failure ??= { err };
    wake?.();
  };

  let reading = Promise.resolve();
  const feed = () => {
    reading = reading.then(async () => {
      try {
        const next = await source.next();
        if (next.done) return tell({ type: 'end' });
        // A copy the worker can own: the stream's buffer may be a slice of a shared pool.
        const data = new Uint8Array(typeof next.value === 'string' ? Buffer.from(next.value) : next.value);
        tell({ type: 'chunk', data }, [data.buffer]);
      } catch (err) {
        // The worker fails its parse and sends back what it had checked first, as an in-thread parse would.
        inputFailure ??= { err };
        tell({ type: 'fail' });
      }
    });
  };
  worker.on('message', (m: FromWorker) => {
    if (m.type === 'pull') return feed();
    if (m.type === 'batch') queue.push(m.batch);
    else if (m.type === 'done') finished = true;
    else fail(m.id ? new AppError(m.id, m.message) : new Error(`import worker: ${m.message}`));
    wake?.();
  });
  worker.on('error', fail);
  worker.on('exit', (code) => {
    if (!finished) fail(new Error(`the import worker stopped (exit code ${code})`));
  });

  let taken = 0;
  try {
    for (;;) {
      const batch = queue.shift();
      if (batch) {
        tell({ type: 'took', count: ++taken });
        yield batch;
        continue;
      }
      if (failure) throw (inputFailure ?? failure).err;
      if (finished) return;
      worker.ref();
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
      worker.unref();
    }
  } finally {
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
