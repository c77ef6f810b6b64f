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
import type { Placement } from '../geo/place';
import { contactZone } from '../geo/usZipZones';
import { checkedBatches } from './importThread';
import type { SignupRow } from './signupBatches';

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

const pending = ([
  firstInFile,
  externalId,
  firstName,
  lastName,
  phone,
  email,
  postcode,
  custom,
]: SignupRow): Pending => ({
  firstInFile,
  externalId,
  firstName,
  lastName,
  phone,
  email,
  postcode,
  custom,
});

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
  const placed = new Map<string, Placement>();
  let bytesRead = 0;
  // One batch is written while the next is parsed; they still commit one at a time, in file
  // order. A failed write is kept (not left as an unheard rejection) and thrown at the next turn.
  let writing: Promise<void> = Promise.resolve();
  let failed: { err: unknown } | null = null;
  const settle = async () => {
    await writing;
    if (failed) throw failed.err;
  };

  try {
    for await (const batch of await checkedBatches(input, campaign.defaultCountry)) {
      await settle();
      report.received += batch.received;
      report.duplicates += batch.duplicates;
      for (const r of batch.rejected) report.rejected.push(r);
      bytesRead = batch.bytesRead;
      if (!batch.rows.length) continue;
      const contacts = batch.rows.map(pending);
      const done = { rowsRead: report.received, bytesRead };
      const recorded = opts.onBatchWritten;
      const afterWrite = recorded && ((db: Queryable) => recorded(db, report, done.rowsRead));
      writing = writeBatch(ctx, campaign, contacts, report, opts.dryRun, placed, afterWrite).then(
        () => opts.onProgress?.(done),
        (err: unknown) => void (failed = { err }),
      );
    }
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
  placed: Map<string, Placement>,
  afterWrite?: (db: Queryable) => Promise<void>,
): Promise<void> {
  const places = await placeAll(ctx, contacts, placed);
  contacts.forEach((c, i) => {
    const p = places[i]!;
    c.postcode = p.postcode ?? c.postcode;
    c.lat = p.lat;
    c.lng = p.lng;
    c.constituencyCode = p.constituencyCode;
    c.geoPrecision = p.precision;
    c.timezone = contactZone(c.phone, c.postcode);
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

/** Distinct postcodes one import remembers the placement of; past this it starts over. */
const PLACED_MAX = 100_000;
const UNPLACED: Placement = {
  postcode: null,
  lat: null,
  lng: null,
  precision: 'none',
  constituencyCode: null,
};

/**
 * Each contact's placement, asking geo only about postcodes this import has not met yet:
 * placing one costs ~3.5 µs, and a signup file repeats its postcodes.
 */
async function placeAll(ctx: AppContext, contacts: Pending[], placed: Map<string, Placement>) {
  const fresh = () => [
    ...new Set(contacts.flatMap((c) => (c.postcode && !placed.has(c.postcode) ? [c.postcode] : []))),
  ];
  let asked = fresh();
  if (placed.size + asked.length > PLACED_MAX) {
    placed.clear();
    asked = fresh();
  }
  const places = await ctx.geo.placeMany(asked);
  asked.forEach((p, i) => placed.set(p, places[i]!));
  return contacts.map((c) => (c.postcode ? placed.get(c.postcode)! : UNPLACED));
}
