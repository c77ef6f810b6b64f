import express from 'express';
import request from 'supertest';
import { AppError, errorMiddleware } from '../../server/errors';
import { startTestServer } from '../helpers/server';
import type { TestServer } from '../helpers/server';
import { Agent } from '../helpers/agent';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('errors travel as {ok:false, error, message}', () => {
  it('answers an unknown API route with 404 not_found', async () => {
    const r = await request(server.app.app).get('/api/no-such-thing');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ ok: false, error: 'not_found', message: 'API route not found' });
  });

  it('answers a body that is not JSON with 400 invalid_request', async () => {
    const agent = new Agent(server.baseUrl);
    await agent.refreshCsrf();
    const r = await agent.req('POST', '/api/auth/login', '{"email":', { 'content-type': 'application/json' });
    expect(r.status).toBe(400);
    expect(r.body.error).toBe('invalid_request');
  });

  it('answers an oversized body with 413 too_large', async () => {
    const agent = new Agent(server.baseUrl);
    await agent.refreshCsrf();
    const r = await agent.req('POST', '/api/auth/login', {
      email: 'a@example.org',
      password: 'x'.repeat(200_000),
    });
    expect(r.status).toBe(413);
    expect(r.body.error).toBe('too_large');
  });

  it('answers an unexpected failure with 500 internal_error and leaks no detail', async () => {
    const lines: string[] = [];
    const app = express();
    app.use((req, _res, next) => {
      (req as unknown as { log: { error: (o: object, m: string) => void } }).log = {
        error: (o, m) => lines.push(m + JSON.stringify(o)),
      };
      next();
    });
    app.get('/boom', () => {
      throw new Error('SELECT secret FROM users -- should never reach the client');
    });
    app.get('/known', () => {
      throw new AppError('conflict', 'That session is full');
    });
    app.use(errorMiddleware);
    const boom = await request(app).get('/boom');
    expect(boom.status).toBe(500);
    expect(boom.body).toEqual({ ok: false, error: 'internal_error', message: expect.any(String) });
    expect(JSON.stringify(boom.body)).not.toMatch(/SELECT|secret|stack/);
    expect(lines.join()).toMatch(/unhandled error/);
    const known = await request(app).get('/known');
    expect([known.status, known.body]).toEqual([
      409,
      { ok: false, error: 'conflict', message: 'That session is full' },
    ]);
  });

  it('sends security headers (CSP without unsafe-inline, no x-powered-by) and a request id', async () => {
    const r = await request(server.app.app).get('/healthz');
    expect(r.body).toEqual({ ok: true });
    const csp = r.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(r.headers['x-powered-by']).toBeUndefined();
    expect(r.headers['x-request-id']).toMatch(/^[\w-]+$/);
  });
});

describe('/metrics', () => {
  it('serves Prometheus text, and demands METRICS_TOKEN when one is set', async () => {
    const open = await request(server.app.app).get('/metrics');
    expect(open.status).toBe(200);
    expect(open.text).toMatch(/^# HELP ringround_/m);
    expect(open.text).toContain('ringround_http_request_seconds_bucket');

    const guarded = await startTestServer({ env: { METRICS_TOKEN: 'a-scrape-token-of-length' } });
    try {
      const anon = await request(guarded.app.app).get('/metrics');
      expect([anon.status, anon.body.error]).toEqual([401, 'not_signed_in']);
      const ok = await request(guarded.app.app)
        .get('/metrics')
        .set('authorization', 'Bearer a-scrape-token-of-length');
      expect(ok.status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});
