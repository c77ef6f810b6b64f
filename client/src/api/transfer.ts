// Signups in and outcomes out for one campaign. The upload goes through XMLHttpRequest rather than
// fetch, because only XHR reports how much of a large file has been sent.
import type { ImportRecord, ImportReport } from '../../../protocol';
import { ApiError, request } from './http';
import { fetchMe } from './me';

/** The import's answer; optedOut (imported, never queued) is sent by the server but not yet in protocol. */
export type ContactImportReport = ImportReport & { optedOut?: number };

export type { ImportRecord };
export type ExportKind = 'contacts' | 'calls';

/** The TanStack Query keys of signups in and outcomes out. */
export const transferKeys = {
  /** GET /api/campaigns/:id/imports: the campaign's past imports, newest first. */
  imports: (campaignId: number) => ['imports', campaignId] as const,
};

/** The campaign's past imports, and the largest file the server takes (so the page can say before uploading). */
export async function fetchImports(
  campaignId: number,
): Promise<{ imports: ImportRecord[]; maxBytes: number }> {
  return (await request('GET', `/api/campaigns/${campaignId}/imports`)) as {
    imports: ImportRecord[];
    maxBytes: number;
  };
}

export interface ExportOptions {
  kind: ExportKind;
  /** ISO 8601 instant: contacts last called, or calls started, from then on. */
  since?: string | null;
  outcome?: string | null;
  /** A UTF-8 byte-order mark first, so Excel reads names like Zoë correctly. */
  bom: boolean;
}

/** The address of a campaign's CSV export; a plain link to it downloads with the session cookie. */
export function exportUrl(campaignId: number, options: ExportOptions): string {
  const query = new URLSearchParams({ kind: options.kind });
  if (options.since) query.set('since', options.since);
  if (options.outcome) query.set('outcome', options.outcome);
  if (options.bom) query.set('bom', '1');
  return `/api/campaigns/${campaignId}/export.csv?${query}`;
}

export interface UploadOptions {
  dryRun: boolean;
  /** Names this import in the server's `import.progress` events. */
  importId: string;
  /** Bytes of the request sent so far, and its whole size. */
  onUpload?: (sent: number, total: number) => void;
}

const NETWORK = 'Could not reach Ringround. Check your connection and try again.';

function failure(status: number, body: unknown): ApiError {
  const b = body as { ok?: unknown; error?: unknown; message?: unknown } | null;
  if (b?.ok === false && typeof b.error === 'string' && typeof b.message === 'string') {
    return new ApiError(status, b.error, b.message);
  }
  if (status === 413) return new ApiError(413, 'too_large', 'The file is too large to import in one go.');
  return new ApiError(status, 'bad_response', `Something went wrong (HTTP ${status}). Try again.`);
}

/**
 * Sends a CSV of signups as the form field "file"; with dryRun the server checks every row and writes
 * nothing. The CSRF token is fetched fresh first: an import is rare, and a page left open may hold a
 * stale one.
 */
export async function uploadContacts(
  campaignId: number,
  file: Blob,
  name: string,
  { dryRun, importId, onUpload }: UploadOptions,
): Promise<ContactImportReport> {
  const { csrfToken } = await fetchMe();
  const form = new FormData();
  form.append('file', file, name);
  const query = new URLSearchParams({ dryRun: dryRun ? '1' : '0', importId, fileName: name.slice(0, 300) });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/campaigns/${campaignId}/contacts?${query}`);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => onUpload?.(e.loaded, e.lengthComputable ? e.total : file.size);
    xhr.onerror = () => reject(new ApiError(0, 'network_error', NETWORK));
    xhr.onload = () => {
      const body = xhr.response as unknown;
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body === 'object') {
        resolve(body as ContactImportReport);
      } else reject(failure(xhr.status, body));
    };
    xhr.send(form);
  });
}
