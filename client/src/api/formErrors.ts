import type { z } from 'zod';
import { ApiError } from './http';

/** One message per form field, keyed by the field's name in the request body. */
export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** The first problem with each field, from a protocol schema's failed parse. */
export function fieldErrorsFrom<K extends string>(error: z.ZodError): FieldErrors<K> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !(field in errors)) errors[field] = issue.message;
  }
  return errors as FieldErrors<K>;
}

/**
 * The field a 400 invalid_request names ("email: must be an email address"), so the message can sit
 * under that field; null when the error is about the form as a whole.
 */
export function fieldErrorFromApi<K extends string>(
  error: unknown,
  fields: readonly K[],
): FieldErrors<K> | null {
  if (!(error instanceof ApiError) || error.error !== 'invalid_request') return null;
  const match = /^([\w.]+): (.+)$/.exec(error.message);
  const field = match?.[1] as K | undefined;
  if (!match?.[2] || !field || !fields.includes(field)) return null;
  return { [field]: match[2] } as FieldErrors<K>;
}
