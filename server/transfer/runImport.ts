import type { Readable } from 'node:stream';
import type { User } from '../../protocol';
import type { AppContext } from '../context';
import type { Publisher } from '../realtime/publish';
import type { CampaignRecord } from '../store/campaigns';
import { importContacts } from './importContacts';
import type { ContactImportReport, ImportOptions, ImportReadProgress } from './importContacts';
import { withImportRecord } from './importRecords';

/** Progress events at most this often: enough for a smooth bar, few enough not to flood the socket. */
const PROGRESS_EVERY_MS = 250;

export interface ImportRequest {
  dryRun: boolean;
  user: User;
  /** The page's id for this upload: progress goes to the user's sockets under it. */
  importId?: string;
  fileName?: string;
  /** The upload's Content-Length, when it had one. */
  totalBytes: number | null;
}

/**
 * POST /api/campaigns/:id/contacts: the import itself (importContacts.ts), with progress pushed to
 * the importing user and, unless it is a dry run, a record each batch updates (importRecords.ts).
 */
export async function runContactImport(
  ctx: AppContext,
  publish: Publisher,
  campaign: CampaignRecord,
  input: Readable,
  req: ImportRequest,
): Promise<ContactImportReport> {
  const tell = (p: ImportReadProgress, done: boolean) => {
    if (!req.importId) return;
    publish.toUser(req.user.id, 'import.progress', {
      importId: req.importId,
      campaignId: campaign.id,
      ...p,
      totalBytes: req.totalBytes,
      done,
    });
  };
  let lastTold = 0;
  const onProgress = (p: ImportReadProgress) => {
    if (Date.now() - lastTold < PROGRESS_EVERY_MS) return;
    lastTold = Date.now();
    tell(p, false);
  };
  const run = (hooks: Pick<ImportOptions, 'onBatchWritten'>) =>
    importContacts(ctx, campaign, input, { dryRun: req.dryRun, actorId: req.user.id, onProgress, ...hooks });

  const report = req.dryRun
    ? await run({})
    : await withImportRecord(
        ctx,
        { campaignId: campaign.id, userId: req.user.id, fileName: req.fileName ?? null },
        run,
      );
  tell({ rowsRead: report.received, bytesRead: req.totalBytes ?? 0 }, true);
  return report;
}
