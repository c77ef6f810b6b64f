// The words and fixed choices of the campaign pages. The weekday and default lists mirror protocol's
// (protocol/campaign.ts) as plain values: importing them from there would bring zod onto these pages.
import type { CallingHours, CampaignStatus, Weekday } from '../../../../protocol';

export const DAYS: ReadonlyArray<{ key: Weekday; name: string }> = [
  { key: 'mon', name: 'Monday' },
  { key: 'tue', name: 'Tuesday' },
  { key: 'wed', name: 'Wednesday' },
  { key: 'thu', name: 'Thursday' },
  { key: 'fri', name: 'Friday' },
  { key: 'sat', name: 'Saturday' },
  { key: 'sun', name: 'Sunday' },
];

export const DEFAULT_SPAN = { start: '10:00', end: '20:30' } as const;
/** A day's spans are capped by the server's schema. */
export const MAX_SPANS = 6;

export const defaultHours = (): CallingHours =>
  Object.fromEntries(DAYS.map((d) => [d.key, [{ ...DEFAULT_SPAN }]])) as CallingHours;

/** The legal calling window that only an organiser may lift: the server's own, from the contract. */
export { LEGAL_END, LEGAL_START } from '../../../../protocol';

/** Each status in plain words, with what it means for callers. */
export const STATUS_TEXT: Record<CampaignStatus, { name: string; meaning: string }> = {
  draft: { name: 'Draft', meaning: 'Being set up. Nobody can call yet.' },
  active: { name: 'Active', meaning: 'Callers can call during the calling hours.' },
  paused: { name: 'Paused', meaning: 'Calling stops at once; callers are told.' },
  archived: { name: 'Archived', meaning: 'Finished. Kept for exports, hidden from tonight’s list.' },
};
export const STATUSES: CampaignStatus[] = ['draft', 'active', 'paused', 'archived'];

/** Time zones most campaigns use; anything else can be typed. */
export const TIME_ZONES: ReadonlyArray<{ zone: string; name: string }> = [
  { zone: 'Europe/London', name: 'UK (Europe/London)' },
  { zone: 'Europe/Dublin', name: 'Ireland (Europe/Dublin)' },
  { zone: 'Europe/Paris', name: 'Central Europe (Europe/Paris)' },
  { zone: 'Europe/Berlin', name: 'Germany (Europe/Berlin)' },
  { zone: 'Europe/Lisbon', name: 'Portugal (Europe/Lisbon)' },
  { zone: 'America/New_York', name: 'US Eastern (America/New_York)' },
  { zone: 'America/Chicago', name: 'US Central (America/Chicago)' },
  { zone: 'America/Denver', name: 'US Mountain (America/Denver)' },
  { zone: 'America/Phoenix', name: 'Arizona (America/Phoenix)' },
  { zone: 'America/Los_Angeles', name: 'US Pacific (America/Los_Angeles)' },
  { zone: 'America/Toronto', name: 'Canada Eastern (America/Toronto)' },
  { zone: 'Australia/Sydney', name: 'Australia Eastern (Australia/Sydney)' },
  { zone: 'Pacific/Auckland', name: 'New Zealand (Pacific/Auckland)' },
];

/** True for a name the browser knows as an IANA time zone, as the server checks it. */
export function isTimeZone(zone: string): boolean {
  if (!zone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The outcomes a campaign can choose to try again after, in the order the form shows them. */
export const RETRY_OUTCOMES = [
  { key: 'no_answer', name: 'No answer' },
  { key: 'busy', name: 'Busy' },
  { key: 'voicemail', name: 'Voicemail' },
] as const;
export type RetryOutcome = (typeof RETRY_OUTCOMES)[number]['key'];

/** The usual waits before trying again, in hours; any other saved value is offered as well. */
export const RETRY_CHOICES = [1, 2, 4, 20, 24, 48, 72, 168];

/** "1 hour", "20 hours", "2 days", "1 week". */
export function waitText(hours: number): string {
  if (hours === 168) return '1 week';
  if (hours >= 24 && hours % 24 === 0) return hours === 24 ? '1 day' : `${hours / 24} days`;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

export const TELEPHONY_TEXT = {
  phone: {
    name: 'Callers’ own phones',
    meaning: 'Each number opens in the caller’s phone app. Nothing to set up.',
  },
  twilio: {
    name: 'Twilio, in the browser',
    meaning: 'Calls go through the browser from the campaign’s number. Needs Twilio set up on the server.',
  },
  simulated: {
    name: 'Simulated',
    meaning: 'No real calls: for training and trying the campaign out.',
  },
} as const;
