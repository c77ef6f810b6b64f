// The real process, as `npm start` runs it: config errors, start-up, and a clean stop.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/store/db';
import { TEST_DB, TEST_DATABASE_URL } from '../helpers/testDb';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function run(env: Record<string, string>) {
  const child = spawn(TSX, ['server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => out };
}

/** Polls /healthz until it answers (or ~20 s pass); returns the body or null. */
async function waitForHealth(port: string): Promise<unknown> {
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const body = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((r) => r.json())
      .catch(() => null);
    if (body !== null) return body;
  }
  return null;
}

describe('configuration', () => {
  it.each([
    [{ PORT: 'abc' }, /^PORT must be a number from 1 to 65535 \(got "abc"\)$/],
    [{ DATABASE_URL: 'mysql://x' }, /^DATABASE_URL must be sqlite:<path> or postgres:/],
    [
      { RINGROUND_ADMIN_EMAIL: 'a@example.org', RINGROUND_ADMIN_PASSWORD: 'short' },
      /^RINGROUND_ADMIN_PASSWORD .*\(got \(hidden\)\)$/,
    ],
    [{ RINGROUND_ADMIN_EMAIL: 'a@example.org' }, /must be set together/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });

  it('fills in the defaults', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, DATABASE_URL: 'sqlite:./data/ringround.db' });
  });

  it('stops the process at start-up with one line naming the bad variable', async () => {
    const p = run({ PORT: 'abc' });
    expect(await p.exited).toBe(1);
    expect(p.output().trim()).toBe(
      'Ringround cannot start: PORT must be a number from 1 to 65535 (got "abc")',
    );
  });
});

describe('the server process', () => {
  it('migrates, answers /healthz, and stops cleanly on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ringround-start-'));
    const url = `sqlite:${path.join(dir, 'nested', 'rr.db')}`;
    const port = String(20000 + Math.floor(Math.random() * 20000));
    const p = run({
      PORT: port,
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      RINGROUND_ADMIN_EMAIL: 'o@example.org',
      RINGROUND_ADMIN_PASSWORD: 'a-long-test-password',
    });
    expect(await waitForHealth(port)).toEqual({ ok: true });
    expect(fs.existsSync(path.join(dir, 'nested', 'rr.db'))).toBe(true);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.output()).toMatch(/stopped cleanly/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  (TEST_DB === 'postgres' ? it : it.skip)('runs on Postgres with only DATABASE_URL changed', async () => {
    // A schema of its own, named in the URL the way any deployment could (libpq's options).
    const schema = `start_${Date.now()}`;
    const admin = openDatabase(TEST_DATABASE_URL);
    await admin.raw(`create schema "${schema}"`);
    try {
      const url = `${TEST_DATABASE_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
      const port = String(20000 + Math.floor(Math.random() * 20000));
      const p = run({ PORT: port, HOST: '127.0.0.1', DATABASE_URL: url });
      expect(await waitForHealth(port)).toEqual({ ok: true });
      p.child.kill('SIGINT');
      expect(await p.exited).toBe(0);
      const tables = await admin('information_schema.tables')
        .where({ table_schema: schema })
        .pluck('table_name');
      expect(tables).toEqual(
        expect.arrayContaining(['users', 'campaign_contacts', 'calls', 'knex_migrations']),
      );
    } finally {
      await admin.raw(`drop schema "${schema}" cascade`);
      await admin.destroy();
    }
  });
});
