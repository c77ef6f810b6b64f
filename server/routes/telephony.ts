import express, { Router } from 'express';
import type { RequestHandler } from 'express';
import twilio from 'twilio';
import { fallbackBody } from '../../protocol';
import type { AppContext } from '../context';
import { AppError, parse } from '../errors';
import { allow, signedIn } from '../auth/roles';
import type { Publisher } from '../realtime/publish';
import { findQueueRow } from '../store/queue';
import { revealForOwnPhone } from '../telephony/fallback';
import { recordSmsStatus } from '../telephony/followUpSms';
import { applyProviderStatus, fromTwilioStatus } from '../telephony/providerStatus';
import { issueVoiceToken } from '../telephony/twilioToken';
import { twilioSettings } from '../telephony/twilioSettings';
import { voiceTwiml } from '../telephony/twilioVoice';

const callers = allow('caller', 'coordinator', 'organiser');

/** Browser calling for signed-in callers: a Voice token, and the own-phone fallback. */
export function telephonyRoutes(ctx: AppContext): Router {
  const router = Router();

  // Callers (and staff who call) holding a contact in a Twilio campaign; anyone else 403.
  router.post('/api/telephony/token', callers, async (req, res) => {
    res.json(await issueVoiceToken(ctx, signedIn(req.auth.user)));
  });

  // The same: reveals the held contact's number for dialling by hand, audited.
  router.post('/api/telephony/fallback', callers, async (req, res) => {
    const { assignmentId } = parse(fallbackBody, req.body);
    res.json(await revealForOwnPhone(ctx, signedIn(req.auth.user), assignmentId));
  });

  return router;
}

/**
 * Refuses (403) any request without a valid X-Twilio-Signature over PUBLIC_URL + path and the
 * posted form, so only Twilio can drive these routes. Without Twilio settings, nothing passes.
 */
function twilioSigned(ctx: AppContext): RequestHandler {
  return (req, _res, next) => {
    const settings = twilioSettings(ctx.config);
    const signature = req.get('x-twilio-signature');
    const params = (req.body ?? {}) as Record<string, string>;
    const url = settings ? settings.publicUrl + req.originalUrl : '';
    if (!settings || !signature || !twilio.validateRequest(settings.authToken, signature, url, params)) {
      return next(new AppError('forbidden', 'This address is for Twilio only'));
    }
    next();
  };
}

/** Twilio's webhooks: no session or CSRF token (Twilio has neither); the signature is the check. */
export function twilioWebhookRoutes(ctx: AppContext, publish: Publisher): Router {
  const router = Router();
  router.use(
    '/api/telephony/twilio',
    express.urlencoded({ extended: false, limit: '20kb' }),
    twilioSigned(ctx),
  );

  // Twilio only (signed): TwiML dialling the contact the connecting caller holds.
  router.post('/api/telephony/twilio/voice', async (req, res) => {
    res.type('text/xml').send(await voiceTwiml(ctx, req.body as Record<string, string>));
  });

  // Twilio only (signed): the dialled leg's progress, for the call record and the caller's state.
  router.post('/api/telephony/twilio/status', async (req, res) => {
    const body = req.body as Record<string, string>;
    const assignmentId = Number(req.query.assignmentId);
    const callerId = Number(req.query.callerId);
    const status = fromTwilioStatus(body.CallStatus ?? '');
    const row = Number.isInteger(assignmentId) ? await findQueueRow(ctx.db, assignmentId) : undefined;
    if (row && status && body.CallSid && Number.isInteger(callerId)) {
      await applyProviderStatus(ctx, publish, {
        provider: 'twilio',
        providerCallId: body.CallSid,
        assignmentId,
        campaignId: row.campaign_id,
        callerId,
        status,
        durationSeconds: body.CallDuration ? Number(body.CallDuration) : null,
      });
    }
    res.status(204).end();
  });

  // Twilio only (signed): delivery status of a follow-up text.
  router.post('/api/telephony/twilio/sms-status', async (req, res) => {
    await recordSmsStatus(ctx, publish, req.body as Record<string, string>);
    res.status(204).end();
  });

  return router;
}
