import type { Config } from '../config';
import type { CampaignRecord } from '../store/campaigns';
import { missingTwilioSettings } from './twilioSettings';

type Mode = CampaignRecord['telephony'];

/**
 * How a campaign's calls are made. The calling screen reads the mode from the calling view
 * and renders the matching controls; the server asks the provider what the caller may see
 * and whether this server can use it at all.
 *
 * - phone: the volunteer dials from their own phone (tel: link, 141 to withhold); free.
 * - twilio: the browser connects through Twilio and the server dials (twilioToken.ts,
 *   twilioVoice.ts, status callbacks through providerStatus.ts).
 * - simulated: the server plays the network (simulatedCalls.ts), through the same status path.
 */
export interface TelephonyProvider {
  mode: Mode;
  /** Who dials: the volunteer's own phone, Twilio on the server's say-so, or the simulation. */
  dialledBy: 'volunteer' | 'twilio' | 'simulation';
  /** The contact's number as the caller's screen shows it. */
  phoneForCaller(phone: string): { phone: string; phoneHidden: boolean };
  /** Settings this server lacks for the mode; empty when it can be chosen. */
  missingSettings(config: Config): string[];
}

/** "+447700900123" → "•••• ••• •123": enough for the caller to match what the contact says, no more. */
export const maskPhone = (phone: string): string => `•••• ••• •${phone.slice(-3)}`;

const shown = (phone: string) => ({ phone, phoneHidden: false });

export const PROVIDERS: Record<Mode, TelephonyProvider> = {
  phone: { mode: 'phone', dialledBy: 'volunteer', phoneForCaller: shown, missingSettings: () => [] },
  // The server dials: the volunteer's screen never holds the number.
  twilio: {
    mode: 'twilio',
    dialledBy: 'twilio',
    phoneForCaller: (phone) => ({ phone: maskPhone(phone), phoneHidden: true }),
    missingSettings: missingTwilioSettings,
  },
  simulated: { mode: 'simulated', dialledBy: 'simulation', phoneForCaller: shown, missingSettings: () => [] },
};

export const providerFor = (campaign: Pick<CampaignRecord, 'telephony'>): TelephonyProvider =>
  PROVIDERS[campaign.telephony];
