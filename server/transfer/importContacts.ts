import type { Readable } from 'node:stream';
import type { ImportReport } from '../../protocol';
import type { AppContext } from '../context';
import type { CampaignRecord } from '../store/campaigns';
import { upsertContacts } from '../store/contacts';
import { phonesIn } from '../store/phones';
import type { NewContact } from '../store/contacts';
import type { Queryable } from '../store/db';
import { enqueue } from '../store/queue';
import { inTransaction } from '../store/transaction';
import { writeAudit } from '../store/audit';
import { columnReader, isEmail, normalisePhone } from './contactColumns';
import { csvRows } from './csvRows';

/** Rows per transaction: a crash leaves whole batches, and a rerun merges rather than duplicates. */
const BATCH = 500;

export interface ContactImportReport extends ImportReport {
  /** Imported but never queued: their phone is on the global opt-out list. */
  optedOut: number;
}

/**
 * Streams a signup CSV into a campaign: headers matched by alias, unknown columns kept as
 * custom fields, phones to E.164, duplicates merged by phone (within the file and against
 * existing contacts), opted-out phones stored but not queued, postcodes placed. Each bad
 * row is reported by its spreadsheet row number; dryRun checks everything and writes nothing.
 */
export async function importContacts(
  ctx: AppContext,
  campaign: CampaignRecord,
  input: Readable,
  opts: { dryRun: boolean; actorId: number },
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
  const createdHere = new Set<string>();
  let read: ReturnType<typeof columnReader> | null = null;
  let batch = new Map<string, NewContact>();

  const flush = async () => {
    if (!batch.size) return;
    const contacts = [...batch.values()];
    batch = new Map();
    const places = await ctx.geo.placeMany(contacts.map((c) => c.postcode));
    contacts.forEach((c, i) => {
      const p = places[i]!;
      Object.assign(c, {
        postcode: p.postcode ?? c.postcode,
        lat: p.lat,
        lng: p.lng,
        constituencyCode: p.constituencyCode,
        geoPrecision: p.precision,
      });
    });
    const phones = contacts.map((c) => c.phone);
    const write = async (db: Queryable) => {
      const [known, optedOut] = await Promise.all([
        phonesIn(db, 'contacts', phones),
        phonesIn(db, 'opt_outs', phones),
      ]);
      for (const phone of phones) {
        if (createdHere.has(phone)) continue; // an earlier batch of this file added it
        if (known.has(phone)) report.updated++;
        else {
          report.imported++;
          createdHere.add(phone);
        }
        if (optedOut.has(phone)) report.optedOut++;
      }
      if (opts.dryRun) return;
      const ids = await upsertContacts(db, contacts, ctx.now());
      await enqueue(
        db,
        campaign.id,
        ids.filter((_, i) => !optedOut.has(contacts[i]!.phone)),
        ctx.now(),
      );
    };
    if (opts.dryRun) await write(ctx.db);
    else await inTransaction(ctx.db, (trx) => write(trx));
  };

  for await (const row of csvRows(input)) {
    report.received++;
    read ??= columnReader(Object.keys(row.cells));
    const { known, custom } = read(row.cells);
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
    if (seen.has(phone)) report.duplicates++;
    seen.add(phone);
    // A later row for the same phone updates the earlier one; what it leaves blank, the earlier row keeps.
    const earlier = batch.get(phone);
    batch.set(phone, {
      externalId: known.externalId ?? earlier?.externalId ?? null,
      firstName,
      lastName: known.lastName ?? (rest.join(' ') || null) ?? earlier?.lastName ?? null,
      phone,
      email: known.email?.toLowerCase() ?? earlier?.email ?? null,
      postcode: known.postcode ?? earlier?.postcode ?? null,
      custom: { ...earlier?.custom, ...custom },
    });
    if (batch.size >= BATCH) await flush();
  }
  await flush();
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
