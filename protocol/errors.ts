import { z } from 'zod';

/** Every error id a client may see, with the HTTP status it travels with. */
export const ERROR_STATUS = {
  invalid_request: 400,
  not_signed_in: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  setup_done: 409,
  /** The caller no longer holds that assignment (released, returned, expired or recorded). */
  assignment_not_held: 409,
  session_full: 409,
  too_large: 413,
  rate_limited: 429,
  /** Twilio (or another provider) refused or could not be reached. */
  provider_error: 502,
  internal_error: 500,
} as const;

export type ErrorId = keyof typeof ERROR_STATUS;

export const errorBody = z.object({
  ok: z.literal(false),
  error: z.string(),
  message: z.string(),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** The one-line "<field>: <what is wrong>" message api.md promises for a failed schema. */
export function describeZodError(err: z.ZodError): string {
  const issue = err.issues[0];
  if (!issue) return 'request: invalid';
  const field = issue.path.length ? issue.path.join('.') : 'body';
  return `${field}: ${issue.message}`;
}
