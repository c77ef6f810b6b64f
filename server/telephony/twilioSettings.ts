import type { Config } from '../config';

/** Everything Twilio mode needs; a campaign cannot switch to it while any is missing. */
export const TWILIO_VARS = [
  'TWILIO_ACCOUNT_SID',
  'TWILIO_API_KEY',
  'TWILIO_API_SECRET',
  'TWILIO_AUTH_TOKEN',
  'TWILIO_TWIML_APP_SID',
  'TWILIO_CALLER_ID',
  'PUBLIC_URL',
] as const;

export interface TwilioSettings {
  accountSid: string;
  apiKey: string;
  apiSecret: string;
  authToken: string;
  twimlAppSid: string;
  callerId: string;
  /** PUBLIC_URL without a trailing slash: webhook signatures are computed over it. */
  publicUrl: string;
  apiBase: string;
}

export const missingTwilioSettings = (config: Config): string[] => TWILIO_VARS.filter((v) => !config[v]);

export function twilioSettings(config: Config): TwilioSettings | null {
  if (missingTwilioSettings(config).length) return null;
  return {
    accountSid: config.TWILIO_ACCOUNT_SID!,
    apiKey: config.TWILIO_API_KEY!,
    apiSecret: config.TWILIO_API_SECRET!,
    authToken: config.TWILIO_AUTH_TOKEN!,
    twimlAppSid: config.TWILIO_TWIML_APP_SID!,
    callerId: config.TWILIO_CALLER_ID!,
    publicUrl: config.PUBLIC_URL!.replace(/\/$/, ''),
    apiBase: config.TWILIO_API_BASE.replace(/\/$/, ''),
  };
}
