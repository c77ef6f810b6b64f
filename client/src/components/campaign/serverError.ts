import { ApiError } from '../../api/http';

/** A server refusal that belongs under one field of a campaign form. */
export interface FieldProblem {
  /** The field's path in the request, e.g. "maxAttempts", "callingHours.mon.0.start", "script.questions.2.key". */
  path: string;
  message: string;
}

// The 403s a coordinator can meet, said in words rather than by a field path.
const FORBIDDEN_FIELDS: Array<[RegExp, string]> = [
  [/08:00|any hour/i, 'allowAnyHour'],
  [/outcomes are sent|webhook/i, 'webhookUrl'],
];

/**
 * The field a failed save names: a 400's "<path>: <what is wrong>" (as api.md promises), or a 403 about
 * a setting only an organiser may change. Null when the problem is with the whole request.
 */
export function fieldProblem(error: unknown): FieldProblem | null {
  if (!(error instanceof ApiError)) return null;
  if (error.error === 'forbidden') {
    const found = FORBIDDEN_FIELDS.find(([pattern]) => pattern.test(error.message));
    return found ? { path: found[1], message: error.message } : null;
  }
  if (error.error !== 'invalid_request' && error.error !== 'conflict') return null;
  const match = /^([\w.]+): (.+)$/s.exec(error.message);
  if (!match?.[1] || !match[2] || match[1] === 'body') return null;
  return { path: match[1], message: match[2] };
}

/** "Time zone must be an IANA time zone…"; a message that is its own sentence follows a colon. */
export function withLabel(label: string, message: string): string {
  return /^[a-z]/.test(message) ? `${label} ${message}` : `${label}: ${message}`;
}
