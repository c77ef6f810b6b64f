import type { Queryable } from './db';

export interface ImportRow {
  id: number;
  campaign_id: number;
  user_id: number | null;
  file_name: string | null;
  status: 'running' | 'done' | 'failed';
  rows_written: number;
  imported: number;
  updated: number;
  duplicates: number;
  opted_out: number;
  rejected: number;
  error: string | null;
  started_at: number;
  updated_at: number;
  finished_at: number | null;
}

export interface ImportCounts {
  rowsWritten: number;
  imported: number;
  updated: number;
  duplicates: number;
  optedOut: number;
  rejected: number;
}

export async function insertImport(
  db: Queryable,
  i: { campaignId: number; userId: number; fileName: string | null },
  now: number,
): Promise<number> {
  const [row] = await db('imports')
    .insert({
      campaign_id: i.campaignId,
      user_id: i.userId,
      file_name: i.fileName,
      status: 'running',
      started_at: now,
      updated_at: now,
    })
    .returning('id');
  return (row as { id: number }).id;
}

const countColumns = (c: ImportCounts) => ({
  rows_written: c.rowsWritten,
  imported: c.imported,
  updated: c.updated,
  duplicates: c.duplicates,
  opted_out: c.optedOut,
  rejected: c.rejected,
});

/** Called inside each batch's transaction, so the counts are exactly what has committed. */
export async function recordImportBatch(
  db: Queryable,
  id: number,
  c: ImportCounts,
  now: number,
): Promise<void> {
  await db('imports')
    .where({ id })
    .update({ ...countColumns(c), updated_at: now });
}

export async function finishImport(
  db: Queryable,
  id: number,
  outcome: { counts: ImportCounts } | { error: string },
  now: number,
): Promise<void> {
  await db('imports')
    .where({ id })
    .update(
      'error' in outcome
        ? { status: 'failed', error: outcome.error.slice(0, 500), finished_at: now, updated_at: now }
        : { status: 'done', ...countColumns(outcome.counts), finished_at: now, updated_at: now },
    );
}

export async function recentImports(db: Queryable, campaignId: number, limit = 10): Promise<ImportRow[]> {
  return db<ImportRow>('imports').where({ campaign_id: campaignId }).orderBy('id', 'desc').limit(limit);
}
