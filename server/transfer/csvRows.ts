import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../errors';

/** "First Name", "first_name" and "FIRSTNAME" are one header. */
export const headerKey = (h: string): string => h.toLowerCase().replace(/[\s_\-.]+/g, '');

/** Maps a file's headers to our field names by alias; unknown headers keep their own name under null. */
export function mapHeaders(
  headers: string[],
  aliases: Record<string, readonly string[]>,
): Array<string | null> {
  const byAlias = new Map<string, string>();
  for (const [field, names] of Object.entries(aliases))
    for (const n of [field, ...names]) byAlias.set(headerKey(n), field);
  return headers.map((h) => byAlias.get(headerKey(h)) ?? null);
}

export interface CsvRow {
  /** The row number a spreadsheet shows: the header is row 1. */
  line: number;
  cells: Record<string, string>;
}

/**
 * Streams a CSV as rows keyed by its own headers: BOM, comma/semicolon/tab separators,
 * quoted newlines and Windows line endings all handled; never the whole file in memory.
 */
export async function* csvRows(input: Readable): AsyncGenerator<CsvRow> {
  const { sample, stream } = await peek(input);
  const parser = stream.pipe(
    parse({
      bom: true,
      delimiter: guessDelimiter(sample),
      columns: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      // Real exports carry stray quotes inside unquoted cells (6" board, O"Brien): keep them.
      relax_quotes: true,
      info: true,
    }),
  );
  type Info = { records: number; empty_lines: number };
  try {
    for await (const rec of parser as AsyncIterable<{ record: Record<string, string>; info: Info }>) {
      // A blank line is still a row in a spreadsheet, so it counts towards the row number.
      yield { line: rec.info.records + rec.info.empty_lines + 1, cells: rec.record };
    }
  } catch (err) {
    if (err instanceof CsvError)
      throw new AppError('invalid_request', `file: this is not a CSV we can read (${err.message})`);
    throw err;
  }
}

/** The first chunk of a stream (to sniff the separator), and the whole stream still to read. */
async function peek(input: Readable): Promise<{ sample: string; stream: Readable }> {
  const it = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const first = await it.next();
  async function* replay() {
    if (first.done) return;
    yield first.value;
    for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
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
