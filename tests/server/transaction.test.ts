// inTransaction on both databases: on better-sqlite3 it is BEGIN … COMMIT on the pool's one
// connection with a knex bound to it (store/transaction.ts), on Postgres knex.transaction.
// Either way: all or nothing, whether a statement came from runStatement or the builder.
import { isUniqueViolation } from '../../server/store/dialect';
import { hitRateLimit } from '../../server/store/rateLimits';
import { inTransaction } from '../../server/store/transaction';
import type { Tx } from '../../server/store/db';
import { freshDatabase } from '../helpers/testDb';
import type { TestDatabase } from '../helpers/testDb';

let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.drop());

const keys = async () => (await t.db('rate_limits').orderBy('key').pluck('key')) as string[];
const builderHit = (trx: Tx, key: string) => trx('rate_limits').insert({ key, window_start: 0, count: 1 });

it('commits both kinds of statement together and runs afterCommit once committed', async () => {
  const events: string[] = [];
  const result = await inTransaction(t.db, async (trx, afterCommit) => {
    await hitRateLimit(trx, 'commit:prepared', 60_000, Date.now());
    await builderHit(trx, 'commit:builder');
    afterCommit(() => events.push('after commit'));
    events.push('inside');
    return 42;
  });
  expect(result).toBe(42);
  expect(events).toEqual(['inside', 'after commit']);
  expect(await keys()).toEqual(expect.arrayContaining(['commit:builder', 'commit:prepared']));
});

it('rolls back both kinds of statement on a throw, and afterCommit never runs', async () => {
  const after = jest.fn();
  await expect(
    inTransaction(t.db, async (trx, afterCommit) => {
      await hitRateLimit(trx, 'rollback:prepared', 60_000, Date.now());
      await builderHit(trx, 'rollback:builder');
      afterCommit(after);
      throw new Error('changed my mind');
    }),
  ).rejects.toThrow('changed my mind');
  expect(after).not.toHaveBeenCalled();
  expect((await keys()).filter((k) => k.startsWith('rollback:'))).toEqual([]);
});

it('rolls back on a database error half way, which the caller can still recognise', async () => {
  await builderHit(t.db as unknown as Tx, 'taken');
  const err = await inTransaction(t.db, async (trx) => {
    await hitRateLimit(trx, 'half:first', 60_000, Date.now());
    await builderHit(trx, 'taken');
  }).catch((e: unknown) => e);
  expect(isUniqueViolation(err)).toBe(true);
  expect(await keys()).not.toContain('half:first');
  // The connection is usable afterwards.
  await inTransaction(t.db, (trx) => hitRateLimit(trx, 'half:after', 60_000, Date.now()));
  expect(await keys()).toContain('half:after');
});

it('never lets a query outside see a write that is rolled back', async () => {
  let release!: () => void;
  const paused = new Promise<void>((r) => (release = r));
  let wrote!: () => void;
  const written = new Promise<void>((r) => (wrote = r));
  const tx = inTransaction(t.db, async (trx) => {
    await hitRateLimit(trx, 'outside:uncommitted', 60_000, Date.now());
    wrote();
    await paused;
    throw new Error('rolled back');
  }).catch((e: Error) => e.message);
  await written;
  // SQLite: this waits for the one connection; Postgres: it reads what is committed.
  const outside = t.db('rate_limits').where({ key: 'outside:uncommitted' }).select('key');
  release();
  expect(await tx).toBe('rolled back');
  expect(await outside).toEqual([]);
});

it('refuses a transaction handle used after its transaction ended', async () => {
  let kept!: Tx;
  await inTransaction(t.db, async (trx) => {
    kept = trx;
  });
  await expect(builderHit(kept, 'late:builder')).rejects.toThrow();
  await expect(hitRateLimit(kept, 'late:prepared', 60_000, Date.now())).rejects.toThrow();
  expect((await keys()).filter((k) => k.startsWith('late:'))).toEqual([]);
});

it('keeps transactions started together apart: one that fails rolls back alone', async () => {
  // On SQLite these share one BEGIN … COMMIT (group commit), each in its own savepoint.
  const after: string[] = [];
  const results = await Promise.allSettled(
    Array.from({ length: 20 }, (_, i) =>
      inTransaction(t.db, async (trx, afterCommit) => {
        await hitRateLimit(trx, `together:${i}:prepared`, 60_000, Date.now());
        await builderHit(trx, `together:${i}:builder`);
        if (i % 7 === 3) throw new Error(`no ${i}`);
        afterCommit(() => after.push(`together:${i}`));
        return i;
      }),
    ),
  );
  const failed = [3, 10, 17];
  results.forEach((r, i) => expect(r.status).toBe(failed.includes(i) ? 'rejected' : 'fulfilled'));
  const kept = (await keys()).filter((k) => k.startsWith('together:'));
  const expected = Array.from({ length: 20 }, (_, i) => i).filter((i) => !failed.includes(i));
  expect(kept.sort()).toEqual(
    expected.flatMap((i) => [`together:${i}:builder`, `together:${i}:prepared`]).sort(),
  );
  expect(after.sort()).toEqual(expected.map((i) => `together:${i}`).sort());
});

it('settles a transaction only once it is committed, so a reader afterwards sees it', async () => {
  const seen = await Promise.all(
    Array.from({ length: 10 }, async (_, i) => {
      await inTransaction(t.db, (trx) => hitRateLimit(trx, `settled:${i}`, 60_000, Date.now()));
      // A separate pool on the same database, as another instance or a backup tool would read it.
      return t
        .db('rate_limits')
        .where({ key: `settled:${i}` })
        .select('key');
    }),
  );
  expect(seen.map((rows) => rows.length)).toEqual(Array(10).fill(1));
});
