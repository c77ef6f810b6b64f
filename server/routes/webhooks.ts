import { Router } from 'express';
import { z } from 'zod';
import type { WebhookView } from '../../protocol';
import type { AppContext } from '../context';
import { notFound, parse } from '../errors';
import { allow, signedIn } from '../auth/roles';
import { newWebhookSecret, rotateWebhookSecret } from '../campaigns/manageCampaigns';
import { findCampaign, updateCampaign } from '../store/campaigns';
import { recentDeliveries } from '../store/webhooks';
import type { DeliveryRow } from '../store/webhooks';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

const toDelivery = (r: DeliveryRow): WebhookView['deliveries'][number] => ({
  id: r.id,
  callId: r.call_id,
  url: r.url,
  status: r.status,
  attempts: r.attempts,
  lastStatusCode: r.last_status_code,
  lastError: r.last_error,
  createdAt: new Date(r.created_at).toISOString(),
  deliveredAt: iso(r.delivered_at),
  nextAttemptAt: r.status === 'pending' ? iso(r.next_attempt_at) : null,
});

/** A campaign's outbound webhook: its signing secret and delivery log. Organisers only. */
export function webhookRoutes(ctx: AppContext): Router {
  const router = Router();

  // Organiser only: the secret lets whoever holds it forge outcomes to the organiser's system.
  router.get('/api/campaigns/:id/webhook', allow('organiser'), async (req, res) => {
    const { id } = parse(idParam, req.params);
    const campaign = await findCampaign(ctx.db, id);
    if (!campaign) throw notFound('Campaign');
    let secret = campaign.webhookSecret;
    if (!secret) {
      // Campaigns made before webhooks existed: give one now so the page can show it.
      secret = newWebhookSecret();
      await updateCampaign(ctx.db, id, campaign.scriptId, { webhookSecret: secret }, ctx.now());
    }
    const view: WebhookView = {
      url: campaign.webhookUrl,
      secret,
      deliveries: (await recentDeliveries(ctx.db, id)).map(toDelivery),
    };
    res.json(view);
  });

  // Organiser only.
  router.post('/api/campaigns/:id/webhook/secret', allow('organiser'), async (req, res) => {
    const secret = await rotateWebhookSecret(ctx, parse(idParam, req.params).id, signedIn(req.auth.user));
    res.json({ secret });
  });

  return router;
}
