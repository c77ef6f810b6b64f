import twilio from 'twilio';
import type { TelephonyToken, User } from '../../protocol';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { callerIdentity, heldForTelephony } from './heldForTelephony';
import { twilioSettings } from './twilioSettings';

/** Short: a token is only for the call about to be made, and a new one is fetched when it lapses. */
const TTL_SECONDS = 10 * 60;

/** A Voice access token for a caller holding a contact in a Twilio campaign; outgoing calls only. */
export async function issueVoiceToken(ctx: AppContext, user: User): Promise<TelephonyToken> {
  await heldForTelephony(ctx, user.id, 'twilio');
  const settings = twilioSettings(ctx.config);
  if (!settings) throw new AppError('conflict', 'Browser calling is not set up on this server');
  const { AccessToken } = twilio.jwt;
  const identity = callerIdentity(user);
  const token = new AccessToken(settings.accountSid, settings.apiKey, settings.apiSecret, {
    identity,
    ttl: TTL_SECONDS,
  });
  token.addGrant(
    new AccessToken.VoiceGrant({ outgoingApplicationSid: settings.twimlAppSid, incomingAllow: false }),
  );
  return {
    token: token.toJwt(),
    identity,
    expiresAt: new Date(Date.now() + TTL_SECONDS * 1000).toISOString(),
  };
}
