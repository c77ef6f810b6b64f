import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { AppContext } from '../context';
import type { CampaignRecord } from '../store/campaigns';
import { callsPage, campaignBookings, contactsPage, latestCalls } from '../store/exports';
import type { CallsCursor, ExportFilters } from '../store/exports';
import { fromJson } from '../store/json';

const PAGE = 1000;
const iso = (ms: number | null | undefined) =>
  ms === null || ms === undefined ? '' : new Date(Number(ms)).toISOString();

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
 * A spreadsheet would run a cell starting with = + - @ (or a tab or CR) as a formula:
 * prefix such cells with ' so they are shown as text (OWASP's advice for CSV injection).
 * A plain signed number such as an E.164 phone (+447700900123) carries no formula and is
 * left as it is, so phone columns survive a round trip.
 */
export const neutralise = (cell: string): string =>
  /^[=+\-@\t\r]/.test(cell) && !/^[+-]\d+$/.test(cell) ? `'${cell}` : cell;

async function* contactRows(
  ctx: AppContext,
  campaign: CampaignRecord,
  f: ExportFilters,
): AsyncGenerator<string[]> {
  const keys = campaign.script.questions.map((q) => q.key);
  yield [...CONTACT_COLUMNS, ...keys.map((k) => `q_${k}`)];
  for (let after = 0; ;) {
    const page = await contactsPage(ctx.db, campaign.id, after, PAGE, f);
    if (!page.length) return;
    after = page.at(-1)!.contact_id;
    const contactIds = page.map((r) => r.contact_id);
    const [calls, bookings] = await Promise.all([
      latestCalls(ctx.db, campaign.id, contactIds),
      campaignBookings(ctx.db, campaign.id, contactIds),
    ]);
    for (const r of page) {
      const call = calls.get(r.contact_id);
      const booking = bookings.get(r.contact_id);
      const answers = fromJson<Record<string, string>>(call?.answers, {});
      yield [
        r.external_id ?? '',
        r.first_name,
        r.last_name ?? '',
        r.phone_e164,
        r.email ?? '',
        r.postcode ?? '',
        ctx.geo.seat(r.constituency_code)?.name ?? r.constituency_code ?? '',
        r.status,
        String(r.attempts),
        r.last_outcome ?? '',
        iso(r.last_called_at),
        call?.caller ?? '',
        booking ? String(booking.id) : '',
        booking?.title ?? '',
        iso(booking?.starts_at),
        call?.notes ?? '',
        ...keys.map((k) => answers[k] ?? ''),
      ];
    }
  }
}

async function* callRows(
  ctx: AppContext,
  campaign: CampaignRecord,
  f: ExportFilters,
): AsyncGenerator<string[]> {
  yield CALL_COLUMNS;
  for (let after: CallsCursor | null = null; ;) {
    const page = await callsPage(ctx.db, campaign.id, after, PAGE, f);
    if (!page.length) return;
    const last = page.at(-1)!;
    after = { endedAt: last.ended_at, id: last.id };
    for (const r of page) {
      yield [
        String(r.id),
        r.external_id ?? '',
        r.phone_e164,
        r.caller ?? '',
        iso(r.started_at),
        iso(r.ended_at),
        r.outcome,
        r.session_id === null ? '' : String(r.session_id),
        r.notes ?? '',
        r.answers,
      ];
    }
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
  const rows = kind === 'contacts' ? contactRows(ctx, campaign, f) : callRows(ctx, campaign, f);
  const safe = (async function* () {
    for await (const row of rows) yield row.map(neutralise);
  })();
  return Readable.from(safe).pipe(stringify({ bom, record_delimiter: '\r\n' }));
}
