import type { ImportRecord } from '../../protocol';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { finishImport, insertImport, recentImports, recordImportBatch } from '../store/imports';
import type { ImportCounts, ImportRow } from '../store/imports';
import { findUserById } from '../store/users';
import type { ContactImportReport, ImportOptions } from './importContacts';

/** Longer than any one batch takes: a running import silent for this long stopped mid-file. */
const SILENT_MS = 10 * 60_000;

const countsOf = (r: ContactImportReport, rowsWritten: number): ImportCounts => ({
  rowsWritten,
  imported: r.imported,
  updated: r.updated,
  duplicates: r.duplicates,
  optedOut: r.optedOut,
  rejected: r.rejected.length,
});

/**
 * Runs a real (not dry) import with a record of it that each batch updates in its own
 * transaction, so after a crash the record says exactly which rows are in.
 */
export async function withImportRecord(
  ctx: AppContext,
  meta: { campaignId: number; userId: number; fileName: string | null },
  run: (hooks: Pick<ImportOptions, 'onBatchWritten'>) => Promise<ContactImportReport>,
): Promise<ContactImportReport> {
  const id = await insertImport(ctx.db, meta, ctx.now());
  try {
    const report = await run({
      onBatchWritten: (trx, report, rowsWritten) =>
        recordImportBatch(trx, id, countsOf(report, rowsWritten), ctx.now()),
    });
    await finishImport(ctx.db, id, { counts: countsOf(report, report.received) }, ctx.now());
    return report;
  } catch (err) {
    const why = err instanceof AppError ? err.message : 'the server failed while importing';
    await finishImport(ctx.db, id, { error: why }, ctx.now());
    throw err;
  }
}

export async function listImports(ctx: AppContext, campaignId: number): Promise<ImportRecord[]> {
  const rows = await recentImports(ctx.db, campaignId);
  const names = new Map<number, string>();
  for (const id of new Set(rows.map((r) => r.user_id).filter((u): u is number => u !== null))) {
    const user = await findUserById(ctx.db, id);
    if (user) names.set(id, user.name);
  }
  const now = ctx.now();
  return rows.map((r: ImportRow) => ({
    id: r.id,
    fileName: r.file_name,
    by: r.user_id === null ? null : (names.get(r.user_id) ?? null),
    status: r.status === 'running' && now - r.updated_at > SILENT_MS ? 'interrupted' : r.status,
    rowsWritten: r.rows_written,
    imported: r.imported,
    updated: r.updated,
    duplicates: r.duplicates,
    optedOut: r.opted_out,
    rejected: r.rejected,
    error: r.error,
    startedAt: new Date(r.started_at).toISOString(),
    finishedAt: r.finished_at === null ? null : new Date(r.finished_at).toISOString(),
  }));
}
