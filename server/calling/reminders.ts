import type { AnyOutcome } from '../../protocol';
import { parseLocalDateTime } from '../canvass/localTime';
import type { NextStep } from './retry';

/** Reminder calls go out from this local time on the evening before the session. */
const REMINDER_AT = '18:00';
const HOUR = 3600_000;

/** 18:00 local on the day before the session, or null when that is too soon to be worth a call. */
export function reminderTime(sessionStartsAt: number, timeZone: string, now: number): number | null {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(sessionStartsAt))
      .map((p) => [p.type, Number(p.value)]),
  );
  const dayBefore = new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day! - 1));
  const at = parseLocalDateTime(`${dayBefore.toISOString().slice(0, 10)} ${REMINDER_AT}`, timeZone);
  if (at === null || at < now + 2 * HOUR || at >= sessionStartsAt) return null;
  return at;
}

/** After a reminder call: done, unless nobody answered and there is still time before the session. */
export function reminderStep(
  outcome: AnyOutcome,
  attemptsSoFar: number,
  maxAttempts: number,
  sessionStartsAt: number,
  now: number,
): NextStep {
  const retry = outcome === 'no_answer' || outcome === 'busy' || outcome === 'voicemail';
  const next = now + HOUR;
  if (retry && attemptsSoFar + 1 < maxAttempts && next < sessionStartsAt - HOUR)
    return { done: false, nextCallAt: next };
  return { done: true, nextCallAt: now };
}
