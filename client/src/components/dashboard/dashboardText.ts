// How the dashboard puts numbers and times into words.
import type { AnyOutcome, CallerState, CampaignStatus } from '../../../../protocol';

const MINUTE = 60_000;

/** "under a minute", "4 min", "1 h 5 min", "3 h". */
export function durationText(ms: number): string {
  const minutes = Math.floor(Math.max(0, ms) / MINUTE);
  if (minutes < 1) return 'under a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** How long the queue lasts at this many calls an hour, or null when there is no pace to go by. */
export function runOutText(queued: number, callsLastHour: number): string | null {
  if (callsLastHour <= 0 || queued <= 0) return null;
  const hours = queued / callsLastHour;
  if (hours > 48) return 'more than two days';
  // Past an hour, five-minute steps: the pace moves more than that from one minute to the next.
  const minutes = hours >= 1 ? Math.round((hours * 60) / 5) * 5 : Math.max(1, Math.round(hours * 60));
  return `about ${durationText(minutes * MINUTE)}`;
}

/** 0.4321 → "43%". */
export const percentText = (share: number): string => `${Math.round(share * 100)}%`;

/** "3 calls", "1 call". */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** A clock time on the campaign's own clock, such as 19:15. */
export function clockText(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(
    new Date(iso),
  );
}

/** "just now", "4 min ago". */
export function agoText(iso: string, now: number): string {
  const ms = now - Date.parse(iso);
  return ms < MINUTE ? 'just now' : `${durationText(ms)} ago`;
}

export const STATE_NAMES: Record<CallerState, string> = {
  on_call: 'On a call',
  wrap_up: 'Wrapping up',
  idle: 'Waiting',
  away: 'Away',
};

/** On a call or wrapping up for this long, someone may need a hand (or has left a contact held). */
export const STUCK_AFTER_MS = 15 * MINUTE;

export const isStuck = (state: CallerState, since: string, now: number): boolean =>
  (state === 'on_call' || state === 'wrap_up') && now - Date.parse(since) > STUCK_AFTER_MS;

export const STATUS_NAMES: Record<CampaignStatus, string> = {
  active: 'Calling now',
  paused: 'Paused',
  draft: 'Not started',
  archived: 'Finished',
};

/** How each outcome is coloured: reached someone, no conversation, or a number not to call again. */
export type OutcomeTone = 'reached' | 'booked' | 'unreached' | 'stop';
export const OUTCOME_TONES: Record<AnyOutcome, OutcomeTone> = {
  booked: 'booked',
  still_coming: 'booked',
  interested: 'reached',
  not_interested: 'reached',
  call_back: 'reached',
  cannot_make_it: 'reached',
  no_answer: 'unreached',
  voicemail: 'unreached',
  busy: 'unreached',
  wrong_number: 'stop',
  invalid_number: 'stop',
  do_not_call: 'stop',
};
