import twilio from 'twilio';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { heldForTelephony, userIdOfIdentity } from './heldForTelephony';
import { twilioSettings } from './twilioSettings';

/** Longest a call may last; a forgotten open line should not run up the campaign's bill. */
const TIME_LIMIT_SECONDS = 60 * 60;

/**
 * TwiML for Twilio's voice webhook when a caller's browser connects: dial the contact that
 * caller holds, from the campaign's number. The browser sends only its assignmentId, which must
 * match; the number always comes from the database.
 */
export async function voiceTwiml(ctx: AppContext, params: Record<string, string>): Promise<string> {
  const settings = twilioSettings(ctx.config)!;
  const response = new twilio.twiml.VoiceResponse();
  const userId = userIdOfIdentity(params.From ?? '');
  const assignmentId = Number(params.assignmentId);
  try {
    if (userId === null || !Number.isInteger(assignmentId)) throw new AppError('forbidden', 'no caller');
    const held = await heldForTelephony(ctx, userId, 'twilio', assignmentId);
    const dial = response.dial({
      callerId: settings.callerId,
      timeLimit: TIME_LIMIT_SECONDS,
      answerOnBridge: true,
    });
    const status = `${settings.publicUrl}/api/telephony/twilio/status?assignmentId=${held.row.id}&callerId=${userId}`;
    dial.number(
      {
        statusCallback: status,
        statusCallbackMethod: 'POST',
        statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
      },
      held.contact.phone,
    );
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    response.say(
      { language: 'en-GB' },
      'You have no contact to call right now. Ask Ringround for the next one.',
    );
    response.hangup();
  }
  return response.toString();
}
