import type { CallingHours, Weekday } from '../../protocol';
// The law's window (protocol/campaign.ts): only an organiser's allowAnyHour overrides it.
import { LEGAL_END, LEGAL_START } from '../../protocol';

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// Every claim asks each contact zone's clock; the answer changes once a minute (today's offsets
// are whole minutes), so the last one per zone is kept.
const lastClock = new Map<string, { minute: number; clock: { day: Weekday; time: string } }>();

/** The weekday and HH:MM on the clock in timeZone at instant now. */
export function localClock(now: number, timeZone: string): { day: Weekday; time: string } {
  const minute = Math.floor(now / 60_000);
  const hit = lastClock.get(timeZone);
  if (hit && hit.minute === minute) return hit.clock;
  const clock = readClock(now, timeZone);
  lastClock.set(timeZone, { minute, clock });
  return clock;
}

function readClock(now: number, timeZone: string): { day: Weekday; time: string } {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(new Date(now))
      .map((p) => [p.type, p.value]),
  );
  return {
    day: String(parts.weekday).toLowerCase().slice(0, 3) as Weekday,
    time: `${parts.hour}:${parts.minute}`,
  };
}

/** True when it is calling time at instant now for someone whose clock is in timeZone. */
export function isCallingTime(
  now: number,
  timeZone: string,
  hours: CallingHours,
  allowAnyHour: boolean,
): boolean {
  const { day, time } = localClock(now, timeZone);
  if (!allowAnyHour && (time < LEGAL_START || time >= LEGAL_END)) return false;
  return (hours[day] ?? []).some((span) => time >= span.start && time < span.end);
}

const MINUTE = 60_000;

/**
 * When calling next opens in timeZone, to the minute (null if never within a week): what a
 * volunteer who arrives early is told.
 */
export function nextOpening(
  now: number,
  timeZone: string,
  hours: CallingHours,
  allowAnyHour: boolean,
): number | null {
  const open = (t: number) => isCallingTime(t, timeZone, hours, allowAnyHour);
  const start = Math.ceil(now / MINUTE) * MINUTE;
  // Windows start on a whole minute: step a quarter-hour at a time, then walk back to the minute.
  for (let t = start; t < start + 8 * 86_400_000; t += 15 * MINUTE) {
    if (!open(t)) continue;
    let first = t;
    while (first - MINUTE >= start && open(first - MINUTE)) first -= MINUTE;
    return first;
  }
  return null;
}

/**
 * Where a callback asked for at `at` lands: then, if calling is allowed then; otherwise the
 * start of the next window, so a contact asked to ring back at 22:30 is rung at 10:00, not
 * late at night and not never. `moved` says which, for the note on the call.
 */
export function callbackInHours(
  at: number,
  timeZone: string,
  hours: CallingHours,
  allowAnyHour: boolean,
): { at: number; moved: boolean } {
  if (isCallingTime(at, timeZone, hours, allowAnyHour)) return { at, moved: false };
  const opens = nextOpening(at, timeZone, hours, allowAnyHour);
  return opens === null ? { at, moved: false } : { at: opens, moved: true };
}

/** "Sat 27 Mar, 22:30" on the clock in timeZone: how a time reads in a note to people. */
export function wallClock(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}
