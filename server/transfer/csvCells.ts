// CSV cells for exports, written by hand: a 1,000,000-row export spent more time handing each
// row to csv-stringify as its own record than reading it from the database (docs/benchmarks.md).
// The output is byte for byte what csv-stringify wrote with neutralise applied to every cell.

/**
 * A spreadsheet would run a cell starting with = + - @ (or a tab or CR) as a formula:
 * prefix such cells with ' so they are shown as text (OWASP's advice for CSV injection).
 * A plain signed number such as an E.164 phone (+447700900123) carries no formula and is
 * left as it is, so phone columns survive a round trip.
 */
export const neutralise = (cell: string): string =>
  /^[=+\-@\t\r]/.test(cell) && !/^[+-]\d+$/.test(cell) ? `'${cell}` : cell;

/** Cells that need a second look: a formula start, or a character that must be quoted. */
const RISKY = /^[=+\-@\t]|[",\r\n]/;
const QUOTE = /[",\r\n]/;

/** One cell as it goes into the file: neutralised, and quoted when it holds , " CR or LF. */
export function csvCell(value: string): string {
  if (!RISKY.test(value)) return value;
  const safe = neutralise(value);
  return QUOTE.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line, CRLF-terminated. */
export const csvLine = (cells: string[]): string => `${cells.map(csvCell).join(',')}\r\n`;
