import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import { ERROR_STATUS, describeZodError } from '../protocol';
import type { ErrorId, Failure } from '../protocol';

/** The one error type: a stable snake_case id a program can act on, and a message a person can. */
export class AppError extends Error {
  constructor(
    readonly id: ErrorId,
    message: string,
    readonly status: number = ERROR_STATUS[id],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const forbidden = (why = 'You do not have access to this') => new AppError('forbidden', why);

/** Parses input with a protocol schema; a mismatch becomes 400 invalid_request. */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError('invalid_request', describeZodError(result.error));
  return result.data;
}

interface LoggedRequest {
  log?: { error: (obj: object, msg: string) => void };
}

/** Turns anything thrown into api.md's {ok:false,error,message}; unknown errors are logged, never leaked. */
export function toFailure(err: unknown, log?: LoggedRequest['log']): { status: number; body: Failure } {
  if (err instanceof AppError) {
    return { status: err.status, body: { ok: false, error: err.id, message: err.message } };
  }
  // body-parser's own errors carry a status and a type.
  const e = err as { status?: number; type?: string; expose?: boolean };
  if (e?.type === 'entity.too.large') {
    return { status: 413, body: { ok: false, error: 'too_large', message: 'The request body is too large' } };
  }
  if (e?.type === 'entity.parse.failed') {
    return { status: 400, body: { ok: false, error: 'invalid_request', message: 'body: is not valid JSON' } };
  }
  log?.error({ err }, 'unhandled error');
  return {
    status: 500,
    body: {
      ok: false,
      error: 'internal_error',
      message: 'Something went wrong on our side; it has been logged',
    },
  };
}

export const errorMiddleware: ErrorRequestHandler = (err, req, res, _next) => {
  const { status, body } = toFailure(err, (req as LoggedRequest).log);
  res.status(status).json(body);
};

export const apiNotFound: RequestHandler = (_req, _res, next) => next(notFound('API route'));
