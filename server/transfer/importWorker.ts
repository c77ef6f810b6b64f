// The import worker's thread (started by importThread.ts): parses the upload it is sent a chunk
// at a time and posts back checked batches, so the main thread only places, writes and queues.
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors';
import { signupBatches } from './signupBatches';
import type { FromWorker, ToWorker, WorkerInput } from './importThread';

const port = parentPort!;
const { country, ahead } = workerData as WorkerInput;
const post = (m: FromWorker) => port.postMessage(m);

// Asks for the next chunk whenever the parser wants more: the main thread reads the upload only
// as fast as this thread parses it.
const input = new Readable({
  highWaterMark: 256 * 1024,
  read: () => post({ type: 'pull' }),
});
let taken = 0;
let wake: (() => void) | null = null;
port.on('message', (m: ToWorker) => {
  if (m.type === 'chunk') input.push(Buffer.from(m.data));
  else if (m.type === 'end') input.push(null);
  else if (m.type === 'fail') input.destroy(new Error('the upload failed'));
  else if (m.type === 'took') {
    taken = m.count;
    wake?.();
  }
});

async function run() {
  let posted = 0;
  for await (const batch of signupBatches(input, country)) {
    post({ type: 'batch', batch });
    posted++;
    // The main thread holds at most `ahead` batches it has not started on.
    while (posted - taken >= ahead) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
  }
  post({ type: 'done' });
}

run().catch((err: unknown) =>
  post({
    type: 'error',
    id: err instanceof AppError ? err.id : null,
    message: err instanceof Error ? err.message : String(err),
  }),
);
