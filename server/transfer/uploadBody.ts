import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import type { Request } from 'express';
import { AppError } from '../errors';

const CSV_TYPES = /^(text\/csv|text\/plain|application\/csv|application\/vnd\.ms-excel)\b/i;

/**
 * The uploaded CSV as a stream: a text/csv body, or the "file" field of a multipart form.
 * Cut off with 413 too_large past maxBytes (an honest Content-Length is refused up front).
 */
export async function csvUpload(req: Request, maxBytes: number): Promise<Readable> {
  const type = req.get('content-type') ?? '';
  const tooLarge = () =>
    new AppError('too_large', `The file is larger than ${Math.round(maxBytes / 1_048_576)} MB`);
  if (Number(req.get('content-length') ?? 0) > maxBytes + 64 * 1024) throw tooLarge();
  let seen = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      done(seen > maxBytes ? tooLarge() : null, chunk);
    },
  });
  if (CSV_TYPES.test(type)) {
    req.on('error', (err) => counter.destroy(err));
    return req.pipe(counter);
  }
  if (/^multipart\/form-data\b/i.test(type)) return multipartFile(req, counter);
  throw new AppError('invalid_request', 'body: send the file as text/csv, or as the "file" field of a form');
}

function multipartFile(req: Request, counter: Transform): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const bb = busboy({ headers: req.headers, limits: { files: 1 } });
    let found = false;
    bb.on('file', (name, file) => {
      if (name !== 'file' || found) return void file.resume();
      found = true;
      file.on('error', (err) => counter.destroy(err));
      resolve(file.pipe(counter));
    });
    bb.on('error', (err) => reject(new AppError('invalid_request', `body: ${(err as Error).message}`)));
    bb.on('close', () => {
      if (!found) reject(new AppError('invalid_request', 'file: no file field in the form'));
    });
    req.pipe(bb);
  });
}
