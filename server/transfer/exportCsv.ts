import { Readable } from 'node:stream';
import type { AppContext } from '../context';
import type { CampaignRecord } from '../store/campaigns';
import {
  CELL_SEPARATOR,
  CONTACT_CELL_COUNT,
  ROW_SEPARATOR,
  callsPage,
  contactsPageCells,
  contactsPageText,
} from '../store/exports';
import type { CallsCursor, ContactsPageText, ExportFilters } from '../store/exports';
import { fromJson } from '../store/json';
import { csvCell, csvLine } from './csvCells';

export { neutralise } from './csvCells';

/**
 * Rows per page: each page is one query, one text from the database and one CSV string.
 * 2,000 rows (~260 kB of CSV) was fastest within the memory goal (docs/benchmarks.md).
 */
const PAGE = 2000;
const iso = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? '' : csvCell(new Date(Number(ms)).toISOString());
const isoText = (ms: string) => (ms === '' ? '' : iso(Number(ms)));

/** A page read ahead: if the reader goes away before asking for it, its failure is not an unhandled rejection. */
function ahead<T>(read: Promise<T>): Promise<T> {
  read.catch(() => {});
  return read;
}

export const CONTACT_COLUMNS = [
  'external_id',
  'first_name',
  'last_name',
  'phone',
  'email',
  'postcode',
  'constituency',
  'status',
  'attempts',
  'last_outcome',
  'last_called_at',
  'last_caller',
  'booked_session_id',
  'booked_session_title',
  'booked_session_starts_at',
  'notes',
];
export const CALL_COLUMNS = [
  'call_id',
  'external_id',
  'phone',
  'caller',
  'started_at',
  'ended_at',
  'outcome',
  'session_id',
  'notes',
  'answers',
];

/**
 * Where a row's cells (bar the last, the answers) might need csvCell: a quote, comma or line
 * break, or a cell starting as a formula would (a + or - followed only by digits is a number).
 */
// eslint-disable-next-line no-control-regex -- \x1f is CELL_SEPARATOR, on purpose
const RISKY_ROW = /[",\r\n]|(?:^|\x1f)(?:[=@\t]|[+-](?!\d+(?:\x1f|$)))/;

/** The contacts export, a page of CSV lines at a time (the header first). */
async function* contactPages(
  ctx: AppContext,
  campaign: CampaignRecord,
  f: ExportFilters,
): AsyncGenerator<string> {
  const keys = campaign.script.questions.map((q) => q.key);
  yield csvLine([...CONTACT_COLUMNS, ...keys.map((k) => `q_${k}`)]);
  // Seat names and survey answers repeat from row to row: each is made into cells once.
  const seats = new Map<string, string>();
  const seat = (code: string) => {
    let cell = seats.get(code);
    if (cell === undefined) seats.set(code, (cell = csvCell(ctx.geo.seat(code)?.name ?? code)));
    return cell;
  };
  const answerCells = new Map<string, string>();
  const answers = (json: string) => {
    let cells = answerCells.get(json);
    if (cells === undefined) {
      const a = fromJson<Record<string, string>>(json || null, {});
      cells = keys.map((k) => `,${csvCell(a[k] ?? '')}`).join('');
      if (answerCells.size >= 1000) answerCells.clear(); // free-text answers: keep it bounded
      answerCells.set(json, cells);
    }
    return cells;
  };
  const line = (p: string[], plain: boolean) => {
    const cell = plain ? (v: string) => v : csvCell;
    return `${cell(p[0]!)},${cell(p[1]!)},${cell(p[2]!)},${cell(p[3]!)},${cell(p[4]!)},${cell(p[5]!)},${seat(p[6]!)},${cell(p[7]!)},${cell(p[8]!)},${cell(p[9]!)},${isoText(p[10]!)},${cell(p[11]!)},${cell(p[12]!)},${cell(p[13]!)},${isoText(p[14]!)},${cell(p[15]!)}${keys.length ? answers(p[16]!) : ''}\r\n`;
  };
  const text = (page: ContactsPageText): string | null => {
    const rows = page.text.split(ROW_SEPARATOR);
    if (rows.length !== page.rows) return null;
    let out = '';
    for (const row of rows) {
      const cells = row.split(CELL_SEPARATOR);
      if (cells.length !== CONTACT_CELL_COUNT) return null;
      const risk = row.search(RISKY_ROW);
      out += line(cells, risk === -1 || risk >= row.length - cells[16]!.length - 1);
    }
    return out;
  };
  // The next page is read while this one is turned into text (the database works off the main thread).
  let next = ahead(contactsPageText(ctx.db, campaign.id, 0, PAGE, f));
  for (let after = 0; ;) {
    const page = await next;
    if (!page.rows) return;
    next = ahead(contactsPageText(ctx.db, campaign.id, page.last, PAGE, f));
    let out = text(page);
    if (out === null) {
      // A cell holds a separator: the same contacts again, cell by cell.
      const apart = await contactsPageCells(ctx.db, campaign.id, after, page.last, f);
      out = apart.map((cells) => line(cells, false)).join('');
    }
    after = page.last;
    yield out;
  }
}

/** The calls export, a page of CSV lines at a time (the header first). */
async function* callPages(
  ctx: AppContext,
  campaign: CampaignRecord,
  f: ExportFilters,
): AsyncGenerator<string> {
  yield csvLine(CALL_COLUMNS);
  const cursor = (page: Array<{ ended_at: number; id: number }>): CallsCursor => {
    const last = page[page.length - 1]!;
    return { endedAt: last.ended_at, id: last.id };
  };
  let next = ahead(callsPage(ctx.db, campaign.id, null, PAGE, f));
  for (;;) {
    const page = await next;
    if (!page.length) return;
    next = ahead(callsPage(ctx.db, campaign.id, cursor(page), PAGE, f));
    let out = '';
    for (const r of page) {
      out += `${r.id},${csvCell(r.external_id ?? '')},${csvCell(r.phone_e164)},${csvCell(r.caller ?? '')},${iso(r.started_at)},${iso(r.ended_at)},${csvCell(r.outcome)},${r.session_id ?? ''},${csvCell(r.notes ?? '')},${csvCell(r.answers)}\r\n`;
    }
    yield out;
  }
}

/** The export as a CSV byte stream, read from the database page by page as it is sent. */
export function exportCsv(
  ctx: AppContext,
  campaign: CampaignRecord,
  kind: 'contacts' | 'calls',
  f: ExportFilters,
  bom: boolean,
): Readable {
  const pages = kind === 'contacts' ? contactPages(ctx, campaign, f) : callPages(ctx, campaign, f);
  const withBom = (async function* () {
    if (bom) yield '\uFEFF';
    yield* pages;
  })();
  // A byte stream: it asks for the next page only when what it holds has gone out.
  return Readable.from(withBom, { objectMode: false });
}
