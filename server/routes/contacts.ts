import { Router } from 'express';
import { z } from 'zod';
import { exportQuery } from '../../protocol';
import type { AppContext } from '../context';
import { notFound, parse } from '../errors';
import { allow, signedIn } from '../auth/roles';
import { rateLimit } from '../auth/rateLimit';
import { findCampaign } from '../store/campaigns';
import { writeAudit } from '../store/audit';
import { importContacts } from '../transfer/importContacts';
import { exportCsv } from '../transfer/exportCsv';
import { csvUpload } from '../transfer/uploadBody';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const importQuery = z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).optional() });

/** Signups in (organisers and coordinators) and outcomes out (organisers only). */
export function contactRoutes(ctx: AppContext): Router {
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
    const dryRun = ['1', 'true'].includes(parse(importQuery, req.query).dryRun ?? '');
    const input = await csvUpload(req, ctx.config.IMPORT_MAX_MB * 1_048_576);
    res.json(await importContacts(ctx, campaign, input, { dryRun, actorId: signedIn(req.auth.user).id }));
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
