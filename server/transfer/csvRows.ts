import { Readable, pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { Parser } from 'csv-parse';
import { AppError } from '../errors';

export { headerKey, mapHeaders } from '../../protocol/contactColumns';

export interface CsvRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  line: number;
  cells: Record<string, string>;
}

export interface CsvRecord {
  /** The row number a spreadsheet shows: the header is row 1. */
  line: number;
  values: string[];
}

/**
 * Streams a CSV as rows keyed by its own headers: BOM, comma/semicolon/tab separators,
 * quoted newlines and Windows line endings all handled; never the whole file in memory.
 */
export async function* csvRows(input: Readable, onBytes?: (bytes: number) => void): AsyncGenerator<CsvRow> {
  let headers: string[] | null = null;
  for await (const records of csvRecords(input, onBytes)) {
    for (const r of records) {
      if (!headers) {
        headers = r.values;
        continue;
      }
      const cells: Record<string, string> = {};
      headers.forEach((h, i) => (cells[h] = r.values[i] ?? ''));
      yield { line: r.line, cells };
    }
  }
}

/**
 * The same CSV as csvRows, header first, as arrays of cells handed over a parsed chunk at a
 * time (a 1,000,000-row import spends less on promises and objects that way). Blank rows
 * (an empty line, or only separators as spreadsheets export trailing rows) are skipped but
 * still counted in the row numbers, as a spreadsheet counts them.
 * onBytes hears the running total of bytes taken from the input.
 */
export async function* csvRecords(
  input: Readable,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<CsvRecord[]> {
  const { sample, stream } = await peek(input, onBytes);
  const parser = parse({
    bom: true,
    delimiter: guessDelimiter(sample),
    relax_column_count: true,
    trim: true,
    // Real exports carry stray quotes inside unquoted cells (6" board, O"Brien): keep them.
    relax_quotes: true,
  });
  // pipeline, not pipe: an input that fails (a cut-off upload, too_large) fails the parser too.
  pipeline(stream, parser, () => {});
  let line = 0;
  try {
    for await (const chunk of chunksOf(parser)) {
      const out: CsvRecord[] = [];
      for (const values of chunk) {
        line++;
        if (values.every((v) => v === '')) continue;
        out.push({ line, values });
      }
      if (out.length) yield out;
    }
  } catch (err) {
    if (err instanceof CsvError)
      throw new AppError('invalid_request', `file: this is not a CSV we can read (${err.message})`);
    throw err;
  } finally {
    stream.destroy();
  }
}

/** Whatever records the parser holds, each time it has some, until it ends or fails. */
async function* chunksOf(parser: Parser): AsyncGenerator<string[][]> {
  let ended = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const poke = () => wake?.();
  parser.on('readable', poke);
  parser.on('end', () => ((ended = true), poke()));
  parser.on('error', (err) => ((failure = err), poke()));
  for (;;) {
    const chunk: string[][] = [];
    for (let r = parser.read() as string[] | null; r !== null; r = parser.read() as string[] | null)
      chunk.push(r);
    if (chunk.length) {
      yield chunk;
      continue; // more may have come while the consumer held this chunk
    }
    if (failure) throw failure;
    if (ended) return;
    await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
  }
}

/**
 * The first chunk of a stream (to sniff the separator), and the whole stream still to read;
 * onBytes hears the running total of bytes taken from the input.
 */
async function peek(
  input: Readable,
  onBytes: (bytes: number) => void = () => {},
): Promise<{ sample: string; stream: Readable }> {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let bytes = 0;
  const take = (chunk: Buffer | string) => {
    bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    onBytes(bytes);
    return chunk;
  };
  const first = await it.next();
  async function* replay() {
    if (first.done) return;
    yield take(first.value);
    for (let n = await it.next(); !n.done; n = await it.next()) yield take(n.value);
  }
  return { sample: first.done ? '' : first.value.toString(), stream: Readable.from(replay()) };
}

/** The separator the header line uses most: comma, semicolon or tab. */
export function guessDelimiter(sample: string): string {
  const header = sample.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = counts.sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}
