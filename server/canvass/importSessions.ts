import type { Readable } from 'node:stream';
import type { SessionImportReport } from '../../protocol';
import { createCanvassSessionBody, describeZodError } from '../../protocol';
import type { AppContext } from '../context';
import { csvRows, mapHeaders } from '../transfer/csvRows';
import { insertSession } from '../store/canvassSessions';
import type { SessionFields } from '../store/canvassSessions';
import { inTransaction } from '../store/transaction';
import { newToken } from '../auth/tokens';
import { parseLocalDateTime } from './localTime';
import { sessionsChanged } from './sessionIndex';

const ALIASES = {
  title: ['name', 'session', 'event'],
  startsAt: ['starts', 'start', 'starts at', 'start time', 'date', 'when'],
  endsAt: ['ends', 'end', 'ends at', 'end time', 'finish'],
  venue: ['meeting point', 'location'],
  address: ['street address'],
  postcode: ['post code', 'zip', 'zip code'],
  hostingParty: ['party', 'hosting party', 'organisation', 'organization'],
  hostName: ['host', 'host name', 'organiser', 'contact'],
  capacity: ['places', 'spaces', 'max'],
  whatsappUrl: ['whatsapp', 'whatsapp link', 'whatsapp group'],
  notes: ['note', 'details'],
} as const;

const SESSION_TIME_ZONE = 'Europe/London';
/** Import files are small (a season of sessions); this bounds a mistaken upload. */
const MAX_ROWS = 5000;

/**
 * Imports canvass sessions from CSV. Each row is checked like a POST; good rows are written
 * together in one transaction, bad ones reported by spreadsheet row. dryRun writes nothing.
 */
export async function importSessions(
  ctx: AppContext,
  input: Readable,
  dryRun: boolean,
): Promise<SessionImportReport> {
  const rejected: SessionImportReport['rejected'] = [];
  const good: Array<{ line: number; fields: SessionFields }> = [];
  let received = 0;
  let fieldOf: Array<string | null> | null = null;
  for await (const row of csvRows(input)) {
    received++;
    if (received > MAX_ROWS) {
      rejected.push({ line: row.line, reason: `more than ${MAX_ROWS} rows: split the file` });
      break;
    }
    fieldOf ??= mapHeaders(Object.keys(row.cells), ALIASES);
    const raw: Record<string, unknown> = {};
    Object.values(row.cells).forEach((v, i) => {
      const f = fieldOf![i];
      if (f && v !== '') raw[f] = v;
    });
    const problem = readTimes(raw) ?? readCapacity(raw);
    if (problem) {
      rejected.push({ line: row.line, reason: problem });
      continue;
    }
    const parsed = createCanvassSessionBody.safeParse(raw);
    if (!parsed.success) {
      rejected.push({ line: row.line, reason: describeZodError(parsed.error) });
      continue;
    }
    const b = parsed.data;
    good.push({
      line: row.line,
      fields: {
        ...b,
        startsAt: Date.parse(b.startsAt),
        endsAt: b.endsAt ? Date.parse(b.endsAt) : null,
        venue: b.venue ?? null,
        address: b.address ?? null,
        hostingParty: b.hostingParty ?? null,
        hostName: b.hostName ?? null,
        capacity: b.capacity ?? null,
        whatsappUrl: b.whatsappUrl ?? null,
        notes: b.notes ?? null,
      },
    });
  }
  const places = await ctx.geo.placeMany(good.map((g) => g.fields.postcode));
  if (!dryRun && good.length) {
    await inTransaction(ctx.db, async (trx) => {
      for (const [i, g] of good.entries()) {
        const place = places[i]!;
        await insertSession(
          trx,
          { ...g.fields, postcode: place.postcode ?? g.fields.postcode },
          place,
          newToken(18),
          ctx.now(),
        );
      }
    });
    sessionsChanged(ctx);
  }
  return { received, imported: good.length, rejected };
}

/** Spreadsheet times are wall-clock UK times unless they carry an offset. */
function readTimes(raw: Record<string, unknown>): string | null {
  for (const key of ['startsAt', 'endsAt'] as const) {
    if (typeof raw[key] !== 'string') continue;
    const t = parseLocalDateTime(raw[key], SESSION_TIME_ZONE);
    if (t === null) return `${key}: "${raw[key]}" is not a date and time such as 2026-12-05 10:00`;
    raw[key] = new Date(t).toISOString();
  }
  if (typeof raw.startsAt === 'string' && typeof raw.endsAt === 'string' && raw.endsAt <= raw.startsAt) {
    return 'endsAt: must be after startsAt';
  }
  return null;
}

function readCapacity(raw: Record<string, unknown>): string | null {
  if (raw.capacity === undefined) return null;
  const n = Number(raw.capacity);
  if (!Number.isInteger(n) || n < 1)
    return `capacity: "${String(raw.capacity)}" is not a whole number of places`;
  raw.capacity = n;
  return null;
}
