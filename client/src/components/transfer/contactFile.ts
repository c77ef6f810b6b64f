// A signup file as the import page shows it: the first rows with the field the server will read each
// column as (protocol's detectContactColumns, so the preview and the import agree), and the rows it
// turned down, ready to fix.
import { CONTACT_ALIASES, detectContactColumns, headerKey } from '../../../../protocol/contactColumns';
import type { ContactField } from '../../../../protocol/contactColumns';
import type { ContactImportReport } from '../../api/transfer';
import { readCsvRows, saveFile, toCsv } from '../admin/csvFile';

/** Enough of the file for the header and a few rows, whatever its size. */
const PREVIEW_BYTES = 64 * 1024;
export const PREVIEW_ROWS = 5;

/** How each field is named on the page. */
export const FIELD_NAMES: Record<ContactField, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  fullName: 'Full name',
  phone: 'Phone',
  email: 'Email',
  postcode: 'Postcode',
  externalId: 'External ID',
};

/** What each field is for, for the help beside the form. */
export const FIELD_USES: Record<ContactField, string> = {
  phone: 'Required. UK numbers as people type them, or international with +',
  firstName: 'Required, or a full name. What callers greet them by',
  fullName: 'Split into first and last name at the first space',
  lastName: 'Optional',
  email: 'Optional; checked that it looks like an email address',
  postcode: 'Finds their nearest canvass sessions and their seat',
  externalId: 'Your CRM or form’s ID, kept for matching the export back',
};

/** A few other headings a field is recognised by, e.g. "Mobile, Telephone, Tel" for phone. */
export const fieldAliases = (field: ContactField, most = 3): string[] =>
  CONTACT_ALIASES[field]
    .filter((a) => headerKey(a) !== headerKey(FIELD_NAMES[field]))
    .slice(0, most)
    .map((a) => a.replace(/^\w/, (c) => c.toUpperCase()));

export interface Column {
  header: string;
  field: ContactField | null;
  /** An earlier column with the same field: this one is read only where that one is blank. */
  fallbackFor: string | null;
}

export interface FilePreview {
  columns: Column[];
  /** Up to PREVIEW_ROWS rows with something in them, each with its spreadsheet row number. */
  rows: Array<{ line: number; cells: string[] }>;
  missing: { phone: boolean; name: boolean };
}

/** Reads just the start of the file: the header, the first few rows, and how each column will be read. */
export async function previewFile(file: Blob): Promise<FilePreview> {
  const text = await file.slice(0, PREVIEW_BYTES).text();
  const all = readCsvRows(text);
  // A cut-off last row would show half a row; drop it unless the whole file fitted.
  if (file.size > PREVIEW_BYTES && all.length > 1) all.pop();
  const headers = (all[0] ?? []).map((h) => h.trim());
  const fields = detectContactColumns(headers);
  const firstWith = new Map<ContactField, string>();
  const columns = headers.map((header, i) => {
    const field = header ? (fields[i] ?? null) : null;
    const earlier = field ? (firstWith.get(field) ?? null) : null;
    if (field && !earlier) firstWith.set(field, header);
    return { header, field, fallbackFor: earlier };
  });
  const rows = all
    .map((cells, i) => ({ line: i + 1, cells }))
    .slice(1)
    .filter((r) => r.cells.some((c) => c.trim()))
    .slice(0, PREVIEW_ROWS);
  return {
    columns,
    rows,
    missing: {
      phone: !firstWith.has('phone'),
      name: !firstWith.has('firstName') && !firstWith.has('fullName'),
    },
  };
}

// The server's field names in its reasons, as people call them.
const REASON_FIELDS: Record<string, string> = {
  phone: 'Phone',
  first_name: 'First name',
  email: 'Email',
  postcode: 'Postcode',
};

/** 'phone: missing' → 'No phone number'; 'email: "x" is not…' → 'Email: "x" is not…'. */
export function readableReason(reason: string): string {
  const match = /^(\w+): (.+)$/.exec(reason);
  if (!match) return reason;
  const [, field = '', problem = ''] = match;
  if (problem === 'missing') {
    if (field === 'phone') return 'No phone number';
    if (field === 'first_name') return 'No first name';
  }
  return `${REASON_FIELDS[field] ?? field}: ${problem}`;
}

/** The rows the server turned down, as they are in the file, each after its row number and the problem. */
export async function downloadRejected(file: File, report: ContactImportReport): Promise<void> {
  const rows = readCsvRows(await file.text());
  const out = [['Row', 'Problem', ...(rows[0] ?? []).map((h) => h.trim())]];
  for (const r of report.rejected) {
    out.push([String(r.line), readableReason(r.reason), ...(rows[r.line - 1] ?? [])]);
  }
  saveFile(`${file.name.replace(/\.[^.]+$/, '')}-rejected-rows.csv`, toCsv(out));
}

/** "48 KB", "3.2 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}
