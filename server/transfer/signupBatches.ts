import type { Readable } from 'node:stream';
import type { ImportReport } from '../../protocol';
import { columnReader, isEmail, normalisePhone } from './contactColumns';
import { csvRecords } from './csvRows';

/**
 * Distinct phones per batch, and so per transaction: a crash leaves whole batches, and a rerun
 * merges rather than duplicates. Past ~2,000 the gain is small (docs/benchmarks.md).
 */
export const BATCH = 2000;

/**
 * One contact as the checks leave it, a plain tuple so it crosses from the import worker
 * cheaply: whether this row brought the phone into the file, then the contact's fields.
 */
export type SignupRow = [
  firstInFile: boolean,
  externalId: string | null,
  firstName: string,
  lastName: string | null,
  phone: string,
  email: string | null,
  postcode: string | null,
  custom: Record<string, string>,
];

/** A batch of checked rows: its contacts (distinct phones, file order) and what the rows it read came to. */
export interface SignupBatch {
  rows: SignupRow[];
  rejected: ImportReport['rejected'];
  /** Rows (good or bad) and repeated phones read for this batch. */
  received: number;
  duplicates: number;
  /** Bytes the parser had taken from the input when the batch closed. */
  bytesRead: number;
}

/**
 * The contacts table's column widths (db/migrations/*_create_contacts.ts). Postgres refuses a
 * longer value and would fail the whole batch, so such a row is rejected with its reason instead.
 */
const WIDTHS = [
  ['externalId', 'external_id', 200],
  ['firstName', 'first_name', 200],
  ['lastName', 'last_name', 200],
  ['email', 'email', 320],
  ['postcode', 'postcode', 12],
] as const;

function overWidth(fields: Partial<Record<(typeof WIDTHS)[number][0], string | null>>): string | null {
  for (const [field, column, width] of WIDTHS) {
    // Counted in UTF-16 units, never fewer than Postgres's characters, so the check errs safe.
    const value = fields[field];
    if (value && value.length > width) return `${column}: longer than ${width} characters`;
  }
  return null;
}

/**
 * Parses a signup CSV and checks each row: headers matched by alias, unknown columns kept as
 * custom fields, phones to E.164 in the campaign's default country, emails checked, a full
 * name split. A repeated phone merges into its earlier row (what it leaves blank, the earlier
 * row keeps) within the batch; across batches the database's upsert does the same.
 */
export async function* signupBatches(input: Readable, country: string): AsyncGenerator<SignupBatch> {
  const seen = new Set<string>();
  let read: ReturnType<typeof columnReader> | null = null;
  let bytesRead = 0;
  let batch = new Map<string, SignupRow>();
  let next: SignupBatch = { rows: [], rejected: [], received: 0, duplicates: 0, bytesRead: 0 };
  const close = () => {
    const done = { ...next, rows: [...batch.values()], bytesRead };
    batch = new Map();
    next = { rows: [], rejected: [], received: 0, duplicates: 0, bytesRead: 0 };
    return done;
  };
  for await (const records of csvRecords(input, (n) => (bytesRead = n))) {
    for (const row of records) {
      if (!read) {
        read = columnReader(row.values);
        continue;
      }
      next.received++;
      const { known, custom } = read(row.values);
      const reject = (reason: string) => next.rejected.push({ line: row.line, reason });
      if (!known.phone) {
        reject('phone: missing');
        continue;
      }
      const phone = normalisePhone(known.phone, country);
      if (!phone) {
        reject(`phone: "${known.phone}" is not a phone number in ${country} or international form`);
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
      const lastName = known.lastName ?? (rest.join(' ') || null);
      const tooLong = overWidth({ ...known, firstName, lastName });
      if (tooLong) {
        reject(tooLong);
        continue;
      }
      const firstInFile = !seen.has(phone);
      if (firstInFile) seen.add(phone);
      else next.duplicates++;
      const earlier = batch.get(phone);
      batch.set(phone, [
        firstInFile || (earlier?.[0] ?? false),
        known.externalId ?? earlier?.[1] ?? null,
        firstName,
        lastName ?? earlier?.[3] ?? null,
        phone,
        known.email?.toLowerCase() ?? earlier?.[5] ?? null,
        known.postcode ?? earlier?.[6] ?? null,
        earlier ? { ...earlier[7], ...custom } : custom,
      ]);
      if (batch.size >= BATCH) yield close();
    }
  }
  // Always a last batch, if only to carry the final byte count.
  yield close();
}
