import type { FollowUpSmsPayload, User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError, forbidden } from '../errors';
import type { Publisher } from '../realtime/publish';
import { findCallForFollowUp } from '../store/calls';
import { findContact } from '../store/contacts';
import { phonesIn } from '../store/phones';
import { countRecentSms, findSmsByProviderId, insertSms, updateSms } from '../store/telephony';
import { twilioSettings } from './twilioSettings';

/** A follow-up goes straight after the call, not days later from an old screen. */
const WINDOW_MS = 2 * 3600_000;
/** More than a busy evening's bookings; enough to stop a misused screen texting a list. */
const MAX_PER_HOUR = 40;

/**
 * followup.sms: texts the person this caller just spoke to, from the campaign's Twilio number.
 * Only for the caller's own call in the last two hours, never to an opted-out phone; the body
 * is the caller's, the number never leaves the server. Returns the message's id; its delivery
 * status arrives later through the sms-status webhook.
 */
export async function sendFollowUpSms(
  ctx: AppContext,
  publish: Publisher,
  user: User,
  p: FollowUpSmsPayload,
): Promise<{ messageId: number }> {
  const settings = twilioSettings(ctx.config);
  if (!settings)
    throw new AppError('conflict', 'Texts are not set up on this server: use WhatsApp or your own phone');
  const now = ctx.now();
  const call = await findCallForFollowUp(ctx.db, p.callId);
  if (!call || call.caller_id !== user.id || now - call.ended_at > WINDOW_MS) {
    throw forbidden('You can only text someone you called in the last two hours');
  }
  if ((await countRecentSms(ctx.db, user.id, now - 3600_000)) >= MAX_PER_HOUR) {
    throw new AppError('rate_limited', 'That is a lot of texts for one hour: take a break and try later');
  }
  const contact = (await findContact(ctx.db, call.contact_id))!;
  if (contact.erasedAt !== null)
    throw new AppError('conflict', 'This person asked for their details to be erased');
  if ((await phonesIn(ctx.db, 'opt_outs', [contact.phone])).size) {
    throw new AppError('conflict', 'This person asked not to be contacted again');
  }
  const messageId = await insertSms(
    ctx.db,
    { callId: call.id, contactId: contact.id, callerId: user.id, body: p.body },
    now,
  );
  const form = new URLSearchParams({
    To: contact.phone,
    From: settings.callerId,
    Body: p.body,
    StatusCallback: `${settings.publicUrl}/api/telephony/twilio/sms-status`,
  });
  let reply: { sid?: string; status?: string; message?: string; code?: number };
  let ok = false;
  try {
    const res = await fetch(`${settings.apiBase}/2010-04-01/Accounts/${settings.accountSid}/Messages.json`, {
      method: 'POST',
      body: form,
      headers: {
        authorization: `Basic ${Buffer.from(`${settings.apiKey}:${settings.apiSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      signal: AbortSignal.timeout(10_000),
    });
    ok = res.ok;
    reply = (await res.json().catch(() => ({}))) as typeof reply;
  } catch (err) {
    reply = { message: (err as Error).message };
  }
  if (!ok || !reply.sid) {
    const error = reply.code
      ? `Twilio error ${reply.code}: ${reply.message}`
      : `Twilio did not answer (${reply.message ?? 'no reply'})`;
    await updateSms(ctx.db, messageId, { status: 'failed', error }, ctx.now());
    throw new AppError('provider_error', `The text was not sent. ${error}`);
  }
  await updateSms(
    ctx.db,
    messageId,
    { providerMessageId: reply.sid, status: reply.status ?? 'queued' },
    ctx.now(),
  );
  publish.toUser(user.id, 'followup.sms_status', {
    messageId,
    status: reply.status ?? 'queued',
    error: null,
  });
  return { messageId };
}

/** Twilio's sms-status callback: stores the delivery status and tells the caller who sent it. */
export async function recordSmsStatus(
  ctx: AppContext,
  publish: Publisher,
  params: Record<string, string>,
): Promise<void> {
  const sms = params.MessageSid ? await findSmsByProviderId(ctx.db, params.MessageSid) : undefined;
  if (!sms || !params.MessageStatus) return;
  const error = params.ErrorCode ? `Twilio error ${params.ErrorCode}` : null;
  await updateSms(ctx.db, sms.id, { status: params.MessageStatus, error }, ctx.now());
  publish.toUser(sms.caller_id, 'followup.sms_status', {
    messageId: sms.id,
    status: params.MessageStatus,
    error,
  });
}
