import type { AnyOutcome, User, WebhookPayload } from '../../protocol';
import type { CampaignRecord } from '../store/campaigns';
import type { ContactRecord } from '../store/contacts';
import type { Queryable } from '../store/db';
import { insertDelivery } from '../store/webhooks';

/** What is fixed at commit time; deliveryId and sentAt are added when each attempt is sent. */
export type StoredPayload = Omit<WebhookPayload, 'deliveryId' | 'sentAt'>;

export interface RecordedCall {
  callId: number;
  outcome: AnyOutcome;
  at: number;
  notes: string | null;
  answers: Record<string, string>;
  sessionId: number | null;
}

/**
 * Puts one outcome in the campaign's webhook outbox, inside the outcome's transaction, when the
 * campaign has a webhook. The caller never waits on the organiser's server: webhookDelivery.ts sends it.
 */
export async function queueWebhook(
  trx: Queryable,
  campaign: CampaignRecord,
  contact: ContactRecord,
  caller: User,
  call: RecordedCall,
): Promise<void> {
  if (!campaign.webhookUrl) return;
  const payload: StoredPayload = {
    event: 'call.recorded',
    campaign: { id: campaign.id, name: campaign.name },
    call: {
      id: call.callId,
      outcome: call.outcome,
      at: new Date(call.at).toISOString(),
      caller: caller.name,
      notes: call.notes,
      answers: call.answers,
      sessionId: call.sessionId,
    },
    contact: {
      id: contact.id,
      externalId: contact.externalId,
      phone: contact.phone,
      firstName: contact.firstName,
      lastName: contact.lastName,
    },
  };
  await insertDelivery(
    trx,
    {
      campaignId: campaign.id,
      callId: call.callId,
      url: campaign.webhookUrl,
      payload: JSON.stringify(payload),
    },
    call.at,
  );
}
