/**
 * Runs work(key) at most once per interval per key, and always once more after the last
 * request: a burst of changes becomes a few broadcasts, and the final one is never missed.
 * close() runs what is still owed at once and waits for it, so no work starts after it
 * resolves (the caller closes the database next).
 */
export function coalescer(
  intervalMs: number,
  work: (key: number) => Promise<void>,
  onError: (err: unknown) => void,
) {
  // again: a request not yet served; timer: the next run, or the end of the quiet interval.
  const pending = new Map<number, { again: boolean; timer?: NodeJS.Timeout; running?: Promise<void> }>();
  let closed = false;
  const run = (key: number) => {
    const state = pending.get(key)!;
    state.again = false;
    state.running = work(key)
      .catch(onError)
      .finally(() => {
        state.running = undefined;
        if (closed) return;
        state.timer = setTimeout(() => {
          if (state.again) run(key);
          else pending.delete(key);
        }, intervalMs).unref();
      });
  };
  return {
    request(key: number): void {
      if (closed) return;
      const state = pending.get(key);
      if (state) {
        state.again = true;
        return;
      }
      pending.set(key, { again: true, timer: setTimeout(() => run(key), 0).unref() });
    },
    async close(): Promise<void> {
      closed = true;
      await Promise.all(
        [...pending].map(async ([key, state]) => {
          clearTimeout(state.timer);
          await state.running;
          if (state.again) await work(key).catch(onError);
        }),
      );
      pending.clear();
    },
  };
}
