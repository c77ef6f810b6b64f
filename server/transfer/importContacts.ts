import type { Readable } from 'node:stream';
import type { ImportReport } from '../../protocol';
import type { AppContext } from '../context';
import type { CampaignRecord } from '../store/campaigns';
import { mergeContacts, queueContactsByPhone } from '../store/contacts';
import { customByPhone, phonesIn } from '../store/phones';
import type { NewContact } from '../store/contacts';
import type { Queryable } from '../store/db';
import { fromJson } from '../store/json';
import { inTransaction } from '../store/transaction';
import { writeAudit } from '../store/audit';
import { columnReader, isEmail, normalisePhone } from './contactColumns';
import { csvRecords } from './csvRows';

/**
 * Rows per transaction: a crash leaves whole batches, and a rerun merges rather than
 * duplicates. Larger batches commit less often; past ~2,000 the gain is small (docs/benchmarks.md).
 */
const BATCH = 2000;

export interface ContactImportReport extends ImportReport {
  /** Imported but never queued: their phone is on the global opt-out list. */
  optedOut: number;
}

export interface ImportReadProgress {
  /** Data rows read so far (the header not counted), good or bad. */
  rowsRead: number;
  /** Bytes taken from the input stream so far. */
  bytesRead: number;
}

export interface ImportOptions {
  dryRun: boolean;
  actorId: number;
  /** Heard after each batch is written (or checked, in a dry run) and once at the end. */
  onProgress?: (p: ImportReadProgress) => void;
  /** Runs inside each batch's transaction once its rows are written (never in a dry run): the import record. */
  onBatchWritten?: (db: Queryable, report: ContactImportReport, rowsRead: number) => Promise<void>;
}

interface Pending extends NewContact {
  /** This row brought the phone into the file: it counts as imported or updated. */
  firstInFile: boolean;
}

/**
 * Streams a signup CSV into a campaign: headers matched by alias, unknown columns kept as
 * custom fields, phones to E.164, duplicates merged by phone (within the file and against
 * existing contacts), opted-out phones stored but not queued, postcodes placed. Each bad
 * row is reported by its spreadsheet row number; dryRun checks everything and writes nothing.
 * Every row received is rejected, imported (a new phone), updated (a known one) or a duplicate.
 */
export async function importContacts(
  ctx: AppContext,
  campaign: CampaignRecord,
  input: Readable,
  opts: ImportOptions,
): Promise<ContactImportReport> {
  const report: ContactImportReport = {
    received: 0,
    imported: 0,
    updated: 0,
    duplicates: 0,
    optedOut: 0,
    rejected: [],
  };
  const seen = new Set<string>();
  let read: ReturnType<typeof columnReader> | null = null;
  let batch = new Map<string, Pending>();
  let bytesRead = 0;
  // One batch is written while the next is parsed; they still commit one at a time, in file
  // order. A failed write is kept (not left as an unheard rejection) and thrown at the next turn.
  let writing: Promise<void> = Promise.resolve();
  let failed: { err: unknown } | null = null;
  const settle = async () => {
    await writing;
    if (failed) throw failed.err;
  };
  const flush = async () => {
    await settle();
    if (!batch.size) return;
    const contacts = [...batch.values()];
    const done = { rowsRead: report.received, bytesRead };
    batch = new Map();
    const recorded = opts.onBatchWritten;
    const afterWrite = recorded && ((db: Queryable) => recorded(db, report, done.rowsRead));
    writing = writeBatch(ctx, campaign, contacts, report, opts.dryRun, afterWrite).then(
      () => opts.onProgress?.(done),
      (err: unknown) => void (failed = { err }),
    );
  };

  try {
    for await (const records of csvRecords(input, (n) => (bytesRead = n))) {
      for (const row of records) {
        if (!read) {
          read = columnReader(row.values);
          continue;
        }
        report.received++;
        const { known, custom } = read(row.values);
        const reject = (reason: string) => report.rejected.push({ line: row.line, reason });
        if (!known.phone) {
          reject('phone: missing');
          continue;
        }
        const phone = normalisePhone(known.phone, campaign.defaultCountry);
        if (!phone) {
          reject(
            `phone: "${known.phone}" is not a phone number in ${campaign.defaultCountry} or international form`,
          );
          continue;
        }
        if (known.email && !isEmail(known.email)) {
          reject(`email: "${known.email}" is not an email address`);
          continue;
        }
        const [first, ...rest] = (known.fullName ?? '').split(/\s+/);
        const firstName = known.firstName ?? first;
        if (!firstName) {
          reject('first_name: missing');
          continue;
        }
        const firstInFile = !seen.has(phone);
        if (firstInFile) seen.add(phone);
        else report.duplicates++;
        // A later row for the same phone updates the earlier one; what it leaves blank, the earlier
        // row keeps (within a batch here; across batches and against the database in the upsert).
        const earlier = batch.get(phone);
        batch.set(phone, {
          firstInFile: firstInFile || (earlier?.firstInFile ?? false),
          externalId: known.externalId ?? earlier?.externalId ?? null,
          firstName,
          lastName: known.lastName ?? (rest.join(' ') || null) ?? earlier?.lastName ?? null,
          phone,
          email: known.email?.toLowerCase() ?? earlier?.email ?? null,
          postcode: known.postcode ?? earlier?.postcode ?? null,
          custom: earlier ? { ...earlier.custom, ...custom } : custom,
        });
        if (batch.size >= BATCH) await flush();
      }
    }
    await flush();
  } finally {
    // A parse error must not leave a batch still writing behind it.
    await writing;
  }
  await settle();
  opts.onProgress?.({ rowsRead: report.received, bytesRead });
  if (!opts.dryRun) {
    await writeAudit(
      ctx.db,
      {
        actorId: opts.actorId,
        action: 'import.contacts',
        subjectType: 'campaign',
        subjectId: campaign.id,
        detail: { ...report, rejected: report.rejected.length },
      },
      ctx.now(),
    );
  }
  return report;
}

/** Places, counts and (unless a dry run) writes and queues one batch, in one transaction. */
async function writeBatch(
  ctx: AppContext,
  campaign: CampaignRecord,
  contacts: Pending[],
  report: ContactImportReport,
  dryRun: boolean,
  afterWrite?: (db: Queryable) => Promise<void>,
): Promise<void> {
  const places = await ctx.geo.placeMany(contacts.map((c) => c.postcode));
  contacts.forEach((c, i) => {
    const p = places[i]!;
    c.postcode = p.postcode ?? c.postcode;
    c.lat = p.lat;
    c.lng = p.lng;
    c.constituencyCode = p.constituencyCode;
    c.geoPrecision = p.precision;
  });
  const phones = contacts.map((c) => c.phone);
  const write = async (db: Queryable) => {
    const [stored, optedOut] = await Promise.all([
      customByPhone(db, phones),
      phonesIn(db, 'opt_outs', phones),
    ]);
    for (const c of contacts) {
      if (!c.firstInFile) continue; // an earlier batch of this file counted it
      if (stored.has(c.phone)) report.updated++;
      else report.imported++;
      if (optedOut.has(c.phone)) report.optedOut++;
    }
    if (dryRun) return;
    // Custom fields merge like the others: a column this file lacks keeps its stored value.
    for (const c of contacts) {
      const before = stored.get(c.phone);
      if (before) c.custom = { ...fromJson<Record<string, string>>(before, {}), ...c.custom };
    }
    await mergeContacts(db, contacts, ctx.now());
    await queueContactsByPhone(db, campaign.id, phones, ctx.now());
    await afterWrite?.(db);
  };
  if (dryRun) await write(ctx.db);
  else await inTransaction(ctx.db, (trx) => write(trx));
}
