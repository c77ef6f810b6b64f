import { Router } from 'express';
import { z } from 'zod';
import { exportQuery, importQuery } from '../../protocol';
import type { AppContext } from '../context';
import { notFound, parse } from '../errors';
import { allow, signedIn } from '../auth/roles';
import { rateLimit } from '../auth/rateLimit';
import { findCampaign } from '../store/campaigns';
import { writeAudit } from '../store/audit';
import { runContactImport } from '../transfer/runImport';
import { listImports } from '../transfer/importRecords';
import { exportCsv } from '../transfer/exportCsv';
import { csvUpload } from '../transfer/uploadBody';
import type { Publisher } from '../realtime/publish';

const idParam = z.object({ id: z.coerce.number().int().positive() });

/** Signups in (organisers and coordinators) and outcomes out (organisers only). */
export function contactRoutes(ctx: AppContext, publish: Publisher): Router {
  const router = Router();
  const exportLimit = rateLimit(ctx, {
    name: 'export',
    max: 30,
    windowMs: 15 * 60_000,
    key: (req) => String(req.auth.user?.id ?? req.ip),
  });

  router.post('/api/campaigns/:id/contacts', allow('organiser', 'coordinator'), async (req, res) => {
    const campaign = await findCampaign(ctx.db, parse(idParam, req.params).id);
    if (!campaign) throw notFound('Campaign');
    const q = parse(importQuery, req.query);
    const input = await csvUpload(req, ctx.config.IMPORT_MAX_MB * 1_048_576);
    const length = Number(req.get('content-length'));
    const report = await runContactImport(ctx, publish, campaign, input, {
      dryRun: ['1', 'true'].includes(q.dryRun ?? ''),
      user: signedIn(req.auth.user),
      importId: q.importId,
      fileName: q.fileName,
      totalBytes: Number.isFinite(length) && length > 0 ? length : null,
    });
    res.json(report);
  });

  // Organisers and coordinators: what past imports wrote, including one a crash cut short.
  router.get('/api/campaigns/:id/imports', allow('organiser', 'coordinator'), async (req, res) => {
    const campaign = await findCampaign(ctx.db, parse(idParam, req.params).id);
    if (!campaign) throw notFound('Campaign');
    res.json({
      imports: await listImports(ctx, campaign.id),
      maxBytes: ctx.config.IMPORT_MAX_MB * 1_048_576,
    });
  });

  router.get('/api/campaigns/:id/export.csv', allow('organiser'), exportLimit, async (req, res) => {
    const campaign = await findCampaign(ctx.db, parse(idParam, req.params).id);
    if (!campaign) throw notFound('Campaign');
    const q = parse(exportQuery, req.query);
    const filters = { since: q.since ? Date.parse(q.since) : undefined, outcome: q.outcome };
    await writeAudit(
      ctx.db,
      {
        actorId: signedIn(req.auth.user).id,
        action: `export.${q.kind}`,
        subjectType: 'campaign',
        subjectId: campaign.id,
        detail: { ...q },
      },
      ctx.now(),
    );
    const name = `${campaign.name.replace(/[^\w-]+/g, '-').toLowerCase()}-${q.kind}.csv`;
    res.type('text/csv; charset=utf-8').set('Content-Disposition', `attachment; filename="${name}"`);
    const stream = exportCsv(ctx, campaign, q.kind, filters, q.bom === '1');
    stream.on('error', (err) => {
      req.log.error({ err }, 'export failed mid-stream');
      res.destroy(err);
    });
    stream.pipe(res);
  });

  return router;
}
