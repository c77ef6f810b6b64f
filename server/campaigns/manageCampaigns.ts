import type { CallingHours, CreateCampaignBody, UpdateCampaignBody, User } from '../../protocol';
import { DEFAULT_CALLING_HOURS, DEFAULT_RETRY_RULES, LEGAL_END, LEGAL_START, WEEKDAYS } from '../../protocol';
import type { AppContext } from '../context';
import { AppError, forbidden, notFound } from '../errors';
import { newToken } from '../auth/tokens';
import { findCampaign, insertCampaign, updateCampaign } from '../store/campaigns';
import type { CampaignRecord } from '../store/campaigns';
import { writeAudit } from '../store/audit';
import { inTransaction } from '../store/transaction';
import type { Publisher } from '../realtime/publish';
import { PROVIDERS } from '../telephony/providers';

const DEFAULTS = {
  status: 'draft',
  timezone: 'Europe/London',
  callingHours: DEFAULT_CALLING_HOURS,
  allowAnyHour: false,
  maxAttempts: 3,
  leaseSeconds: 900,
  retryRules: DEFAULT_RETRY_RULES,
  defaultCountry: 'GB',
  telephony: 'phone',
  withholdNumber: false,
  script: {
    body: 'Hi {{first_name}}, this is {{caller_name}} from the campaign. Thanks for signing up! Have you got a couple of minutes?',
    questions: [],
  },
  targetSeats: [],
  webhookUrl: null,
  retentionDays: null,
} as const;

/** Rules that a schema cannot say: who may lift the legal hours, and what telephony needs. */
function checkEdit(ctx: AppContext, body: UpdateCampaignBody, actor: User): void {
  if (body.allowAnyHour === true && actor.role !== 'organiser') {
    throw forbidden('Only an organiser can allow calls outside 08:00-21:00');
  }
  const missing = body.telephony ? PROVIDERS[body.telephony].missingSettings(ctx.config) : [];
  if (missing.length) {
    throw new AppError(
      'invalid_request',
      `telephony: Twilio is not set up on this server: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing`,
    );
  }
}

/**
 * Hours that reach outside 08:00-21:00 are refused unless any hour is allowed, which only an
 * organiser can turn on and which is logged: a wide box must not read as permission to call.
 */
function checkLegalWindow(hours: CallingHours, allowAnyHour: boolean): void {
  if (allowAnyHour) return;
  for (const day of WEEKDAYS) {
    (hours[day] ?? []).forEach((span, i) => {
      const edge = span.start < LEGAL_START ? 'start' : span.end > LEGAL_END ? 'end' : null;
      if (edge) {
        throw new AppError(
          'invalid_request',
          `callingHours.${day}.${i}.${edge}: ${span.start}-${span.end} reaches outside ${LEGAL_START}-${LEGAL_END}, the hours the law allows calls in; only an organiser can allow any hour`,
        );
      }
    });
  }
}

/** Where outcomes go, and how long notes are kept, are the organiser's call; re-sending the current value is no change. */
function checkOrganiserFields(
  body: UpdateCampaignBody,
  current: { webhookUrl: string | null; retentionDays: number | null },
  actor: User,
): void {
  if (actor.role === 'organiser') return;
  if (body.webhookUrl !== undefined && body.webhookUrl !== current.webhookUrl)
    throw forbidden('Only an organiser can set where outcomes are sent');
  if (body.retentionDays !== undefined && body.retentionDays !== current.retentionDays)
    throw forbidden('Only an organiser can set how long call notes are kept');
}

export async function createCampaign(
  ctx: AppContext,
  body: CreateCampaignBody,
  actor: User,
): Promise<CampaignRecord> {
  checkEdit(ctx, body, actor);
  checkOrganiserFields(body, { webhookUrl: null, retentionDays: null }, actor);
  checkLegalWindow(body.callingHours ?? DEFAULTS.callingHours, body.allowAnyHour ?? DEFAULTS.allowAnyHour);
  const id = await inTransaction(ctx.db, async (trx) => {
    const campaignId = await insertCampaign(
      trx,
      {
        ...DEFAULTS,
        ...body,
        script: body.script ?? { ...DEFAULTS.script, questions: [] },
        retryRules: body.retryRules ?? DEFAULTS.retryRules,
        callingHours: body.callingHours ?? DEFAULTS.callingHours,
        targetSeats: body.targetSeats ?? [],
        joinToken: newToken(24),
        webhookSecret: newWebhookSecret(),
        createdBy: actor.id,
      },
      ctx.now(),
    );
    if (body.allowAnyHour) await auditAnyHour(trx, actor, campaignId, true, ctx.now());
    if (body.retentionDays) await auditRetention(trx, actor, campaignId, body.retentionDays, ctx.now());
    return campaignId;
  });
  return (await findCampaign(ctx.db, id))!;
}

export async function editCampaign(
  ctx: AppContext,
  publish: Publisher,
  id: number,
  body: UpdateCampaignBody,
  actor: User,
): Promise<CampaignRecord> {
  checkEdit(ctx, body, actor);
  await inTransaction(ctx.db, async (trx, afterCommit) => {
    const before = await findCampaign(trx, id);
    if (!before) throw notFound('Campaign');
    checkOrganiserFields(body, before, actor);
    checkLegalWindow(body.callingHours ?? before.callingHours, body.allowAnyHour ?? before.allowAnyHour);
    // A campaign made before webhooks existed has no secret: it gets one with its first URL.
    const secret = body.webhookUrl && !before.webhookSecret ? { webhookSecret: newWebhookSecret() } : {};
    await updateCampaign(trx, id, before.scriptId, { ...body, ...secret }, ctx.now());
    if (body.webhookUrl !== undefined && body.webhookUrl !== before.webhookUrl) {
      await writeAudit(
        trx,
        {
          actorId: actor.id,
          action: 'campaign.webhook_url',
          subjectType: 'campaign',
          subjectId: id,
          detail: { webhookUrl: body.webhookUrl },
        },
        ctx.now(),
      );
    }
    if (body.allowAnyHour !== undefined && body.allowAnyHour !== before.allowAnyHour) {
      await auditAnyHour(trx, actor, id, body.allowAnyHour, ctx.now());
    }
    if (body.retentionDays !== undefined && body.retentionDays !== before.retentionDays) {
      await auditRetention(trx, actor, id, body.retentionDays, ctx.now());
    }
    if (body.status && body.status !== before.status) {
      const status = body.status;
      afterCommit(() => publish.toCampaign(id, 'campaign.updated', { campaignId: id, status }));
      afterCommit(() => publish.toWatchers(id, 'campaign.updated', { campaignId: id, status }));
    }
  });
  return (await findCampaign(ctx.db, id))!;
}

/** A new join link; the old one stops working at once. */
export async function rotateJoinLink(ctx: AppContext, id: number, actor: User): Promise<CampaignRecord> {
  await inTransaction(ctx.db, async (trx) => {
    const campaign = await findCampaign(trx, id);
    if (!campaign) throw notFound('Campaign');
    await updateCampaign(trx, id, campaign.scriptId, { joinToken: newToken(24) }, ctx.now());
    await writeAudit(
      trx,
      { actorId: actor.id, action: 'campaign.rotate_join_link', subjectType: 'campaign', subjectId: id },
      ctx.now(),
    );
  });
  return (await findCampaign(ctx.db, id))!;
}

/** The HMAC key for a campaign's webhook bodies. */
export const newWebhookSecret = (): string => `whsec_${newToken(24)}`;

/** A new webhook secret: the old one stops verifying at once. */
export async function rotateWebhookSecret(ctx: AppContext, id: number, actor: User): Promise<string> {
  const secret = newWebhookSecret();
  await inTransaction(ctx.db, async (trx) => {
    const campaign = await findCampaign(trx, id);
    if (!campaign) throw notFound('Campaign');
    await updateCampaign(trx, id, campaign.scriptId, { webhookSecret: secret }, ctx.now());
    await writeAudit(
      trx,
      { actorId: actor.id, action: 'campaign.rotate_webhook_secret', subjectType: 'campaign', subjectId: id },
      ctx.now(),
    );
  });
  return secret;
}

function auditAnyHour(
  trx: Parameters<typeof writeAudit>[0],
  actor: User,
  id: number,
  on: boolean,
  now: number,
) {
  return writeAudit(
    trx,
    {
      actorId: actor.id,
      action: 'campaign.allow_any_hour',
      subjectType: 'campaign',
      subjectId: id,
      detail: { allowAnyHour: on },
    },
    now,
  );
}

function auditRetention(
  trx: Parameters<typeof writeAudit>[0],
  actor: User,
  id: number,
  days: number | null,
  now: number,
) {
  return writeAudit(
    trx,
    {
      actorId: actor.id,
      action: 'campaign.retention_days',
      subjectType: 'campaign',
      subjectId: id,
      detail: { retentionDays: days },
    },
    now,
  );
}
