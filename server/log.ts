import pino from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/** Paths whose values never reach a log line: secrets and the people we call. */
const REDACT = [
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.phone',
  '*.phone_e164',
  '*.token',
];

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' }, base: { app: 'ringround' } });
}
