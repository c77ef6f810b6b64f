import { z } from 'zod';

const port = z.coerce
  .number({ message: 'must be a number from 1 to 65535' })
  .int('must be a whole number')
  .min(1, 'must be a number from 1 to 65535')
  .max(65535, 'must be a number from 1 to 65535');

const positiveInt = z.coerce.number({ message: 'must be a whole number' }).int().positive();

const databaseUrl = z
  .string()
  .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'must be sqlite:<path> or postgres://user@host:port/db');

const flag = z.enum(['0', '1', 'true', 'false', '']).transform((v) => v === '1' || v === 'true');

/** Every environment variable Ringround reads, with its default. */
const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: databaseUrl.default('sqlite:./data/ringround.db'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must be redis://host:port')
    .optional(),
  PUBLIC_URL: z.url({ message: 'must be a full URL such as https://calls.example.org' }).optional(),
  GEO_DATA_DIR: z.string().min(1).optional(),
  POSTCODES_IO_URL: z.url({ message: 'must be a URL such as https://api.postcodes.io' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: z.string().default('0'),
  RINGROUND_ADMIN_EMAIL: z.email({ message: 'must be an email address' }).optional(),
  RINGROUND_ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  SESSION_IDLE_HOURS: positiveInt.default(12),
  SESSION_MAX_DAYS: positiveInt.default(30),
  LOGIN_MAX_PER_15_MIN: positiveInt.default(10),
  JOIN_MAX_PER_15_MIN: positiveInt.default(100),
  IMPORT_MAX_MB: positiveInt.default(50),
  CLAIM_MAX_PER_HOUR: positiveInt.default(60),
  LEASE_GRACE_SECONDS: positiveInt.default(90),
  LEASE_SWEEP_SECONDS: positiveInt.default(15),
  WEBHOOK_POLL_MS: positiveInt.default(1000),
  TWILIO_ACCOUNT_SID: z
    .string()
    .regex(/^AC[0-9a-f]{32}$/, 'must be AC followed by 32 hex digits')
    .optional(),
  TWILIO_API_KEY: z
    .string()
    .regex(/^SK[0-9a-f]{32}$/, 'must be SK followed by 32 hex digits')
    .optional(),
  TWILIO_API_SECRET: z.string().min(8, 'must be the API key secret').optional(),
  TWILIO_AUTH_TOKEN: z.string().min(8, 'must be the account auth token').optional(),
  TWILIO_TWIML_APP_SID: z
    .string()
    .regex(/^AP[0-9a-f]{32}$/, 'must be AP followed by 32 hex digits')
    .optional(),
  TWILIO_CALLER_ID: z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, 'must be a phone number in +E.164 form')
    .optional(),
  /** Where Messages are POSTed; tests point it at a local stand-in for Twilio's REST API. */
  TWILIO_API_BASE: z.url().default('https://api.twilio.com'),
  /** The simulated provider: how often a contact answers, and how long things take. */
  SIMULATED_ANSWER_RATE: z.coerce.number().min(0).max(1).default(0.6),
  SIMULATED_RING_MS: positiveInt.default(4000),
  SIMULATED_CALL_MS: positiveInt.default(20_000),
  /** The built web client to serve; tests point this at a build with a fake Twilio Voice SDK. */
  CLIENT_DIR: z.string().min(1).optional(),
  SECURE_COOKIES: flag.optional(),
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError with one line naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set": shells and compose files often export NAME= by accident.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    const got = env[name];
    const secret = ['PASSWORD', 'TOKEN', 'SECRET'].some((s) => name.includes(s));
    const shown = secret ? '(hidden)' : JSON.stringify(got);
    throw new ConfigError(`${name} ${issue.message} (got ${shown})`);
  }
  const config = parsed.data;
  if (Boolean(config.RINGROUND_ADMIN_EMAIL) !== Boolean(config.RINGROUND_ADMIN_PASSWORD)) {
    throw new ConfigError('RINGROUND_ADMIN_EMAIL and RINGROUND_ADMIN_PASSWORD must be set together');
  }
  return config;
}

/** Cookies get Secure when served over TLS (PUBLIC_URL https) unless told otherwise. */
export function secureCookies(config: Config): boolean {
  return config.SECURE_COOKIES ?? config.PUBLIC_URL?.startsWith('https:') ?? false;
}

/** Express's "trust proxy": a hop count, or a list of addresses/subnets. */
export function trustProxySetting(config: Config): number | string {
  return /^\d+$/.test(config.TRUST_PROXY) ? Number(config.TRUST_PROXY) : config.TRUST_PROXY;
}
