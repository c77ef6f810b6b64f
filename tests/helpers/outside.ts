// Tests that need an outside part (Postgres, Redis, Chromium) run whenever it is there.
// When it is not, they are skipped with a loud notice, unless RINGROUND_REQUIRE_ALL=1
// (CI), where a missing part fails the run instead.
import fs from 'node:fs';
import net from 'node:net';

export const requireAll = process.env.RINGROUND_REQUIRE_ALL === '1';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function notice(part: string, why: string): void {
  const line = `SKIPPED: tests needing ${part} (${why}). Set RINGROUND_REQUIRE_ALL=1 to make this a failure.`;
  process.stderr.write(`\n${'!'.repeat(line.length)}\n${line}\n${'!'.repeat(line.length)}\n`);
}

/** describe() when the part is present; a loud skip (or, under REQUIRE_ALL, a failure) when not. */
export function describeWith(part: string, present: boolean, why: string): jest.Describe {
  if (present) return describe;
  if (requireAll) {
    return ((name: string) =>
      describe(name, () => {
        it(`needs ${part}`, () => {
          throw new Error(`${part} is required (RINGROUND_REQUIRE_ALL=1) but missing: ${why}`);
        });
      })) as unknown as jest.Describe;
  }
  notice(part, why);
  return describe.skip;
}

export const hasChromium = (): boolean => fs.existsSync(CHROMIUM_PATH);

/** True when something accepts TCP connections at host:port within a second. */
export function canConnect(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const sock = net.connect({ host: hostname, port: Number(port) });
    const done = (ok: boolean) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(1000, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}
