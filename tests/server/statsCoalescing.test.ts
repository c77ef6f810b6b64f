// The coalesced stats.updated broadcasts at shutdown: what is owed goes out before close()
// resolves, and nothing runs after it (the database closes next; a late query there would
// wait a minute for a connection and keep the process alive).
import { coalescer } from '../../server/stats/coalesce';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function recorder(workMs = 0) {
  const runs: Array<{ key: number; done: boolean }> = [];
  const stats = coalescer(
    20,
    async (key) => {
      const run = { key, done: false };
      runs.push(run);
      await sleep(workMs);
      run.done = true;
    },
    (err) => {
      throw err;
    },
  );
  return { runs, stats };
}

describe('closing the stats coalescer', () => {
  it('sends a request not yet served before close() resolves, and ignores requests after it', async () => {
    const { runs, stats } = recorder();
    stats.request(7);
    await stats.close();
    expect(runs).toEqual([{ key: 7, done: true }]);

    stats.request(7);
    await sleep(60);
    expect(runs).toHaveLength(1);
  });

  it('waits for a run in progress, then sends the change that came in during it, once', async () => {
    const { runs, stats } = recorder(30);
    stats.request(3);
    await sleep(10); // the first run is under way
    stats.request(3);
    stats.request(3);
    await stats.close();
    expect(runs).toEqual([
      { key: 3, done: true },
      { key: 3, done: true },
    ]);

    await sleep(60);
    expect(runs).toHaveLength(2);
  });

  it('has nothing to send for a key already served', async () => {
    const { runs, stats } = recorder();
    stats.request(1);
    await sleep(5);
    await stats.close();
    await sleep(40);
    expect(runs).toEqual([{ key: 1, done: true }]);
  });
});
