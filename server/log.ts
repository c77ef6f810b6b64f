import pino from 'pino';
import type { DestinationStream, Logger } from 'pino';

export type { Logger };

/** Keys whose values never reach a log line, at any depth: secrets and the people we call. */
const SECRET_KEYS = [
  'password',
  'passwordHash',
  'password_hash',
  'token',
  'tokenHash',
  'token_hash',
  'csrfToken',
  'secret',
  'webhookSecret',
  'webhook_secret',
  'authToken',
  'auth_token',
  'apiSecret',
  'api_secret',
  'TWILIO_AUTH_TOKEN',
  'TWILIO_API_SECRET',
  'phone',
  'phone_e164',
  'phoneE164',
  'email',
  'To',
  'From',
  'cookie',
  'set-cookie',
  'authorization',
  'x-csrf-token',
  'x-twilio-signature',
];

// Pino's own paths for the common cases; wildcard paths deeper than one level cost ~15x per line
// in fast-redact, so depth is covered by the scrub of the finished line below instead.
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'req.headers["x-twilio-signature"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.phone',
  '*.phone_e164',
  '*.token',
  '*.email',
];

const KEYED = new RegExp(`"(${SECRET_KEYS.join('|')})":(?:"(?:[^"\\\\]|\\\\.)*"|-?\\d[\\d.e+-]*)`, 'g');

/**
 * What key paths cannot see: a secret key at any depth, a phone or email inside a message, a URL
 * or an error's text, and secrets by their shape. Applied to each finished line, so no field escapes.
 */
const SCRUB: Array<[RegExp, string]> = [
  [KEYED, '"$1":"[redacted]"'],
  [/(?:\+|%2B)\d[\d ]{7,16}\d/gi, '[redacted]'], // E.164, raw or URL-encoded
  [/(?<![\w.])0\d(?:[ -]?\d){8,10}(?!\d)/g, '[redacted]'], // UK national, 00-international
  [/[\w.+-]+(?:@|%40)[\w-]+(?:\.[\w-]+)+/gi, '[redacted]'], // email, raw or URL-encoded
  [/whsec_[\w-]+/g, '[redacted]'], // webhook secrets
  [/eyJ[\w-]+\.[\w-]+\.[\w-]+/g, '[redacted]'], // JWTs (Twilio access tokens)
  [/\binvite#[\w-]+/g, 'invite#[redacted]'], // invite links carry their token after #
];

export function scrubLine(line: string): string {
  let out = line;
  for (const [pattern, replacement] of SCRUB) out = out.replace(pattern, replacement);
  return out;
}

/** The server's logger; `destination` is for tests that read what would be written. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: REDACT, censor: '[redacted]' },
    base: { app: 'ringround' },
    hooks: { streamWrite: scrubLine },
  };
  return destination ? pino(options, destination) : pino(options);
}
