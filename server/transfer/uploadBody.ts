import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import type { Request } from 'express';
import { AppError } from '../errors';

/**
 * The request body as a stream for a CSV upload (text/csv), cut off with 413 too_large
 * once it passes maxBytes: an honest Content-Length is refused before a byte is read.
 */
export function csvUpload(req: Request, maxBytes: number): Readable {
  const type = req.get('content-type') ?? '';
  if (!/^(text\/csv|text\/plain|application\/csv|application\/vnd\.ms-excel)\b/i.test(type)) {
    throw new AppError('invalid_request', 'body: send the file as text/csv');
  }
  const tooLarge = () =>
    new AppError('too_large', `The file is larger than ${Math.round(maxBytes / 1_048_576)} MB`);
  if (Number(req.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(seen > maxBytes ? tooLarge() : null, chunk);
    },
  });
  req.on('error', (err) => counter.destroy(err));
  return req.pipe(counter);
}
