/**
 * Runs work(key) at most once per interval per key, and always once more after the last
 * request: a burst of changes becomes a few broadcasts, and the final one is never missed.
 */
export function coalescer(
  intervalMs: number,
  work: (key: number) => Promise<void>,
  onError: (err: unknown) => void,
) {
  const pending = new Map<number, { again: boolean }>();
  const run = (key: number) => {
    const state = pending.get(key)!;
    state.again = false;
    work(key)
      .catch(onError)
      .finally(() => {
        setTimeout(() => {
          if (state.again) run(key);
          else pending.delete(key);
        }, intervalMs).unref();
      });
  };
  return {
    request(key: number): void {
      const state = pending.get(key);
      if (state) {
        state.again = true;
        return;
      }
      pending.set(key, { again: false });
      setTimeout(() => run(key), 0).unref();
    },
  };
}
