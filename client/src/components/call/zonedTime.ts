// Times in the campaign's time zone (where the people being called live), whatever the caller's
// computer is set to. Intl does the zone arithmetic, so no date library is downloaded.

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClock(ms: number, timeZone: string): Wall {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(ms);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: get('year'),
    month: get('month'),
    day: get('day'),
    hour: get('hour'),
    minute: get('minute'),
  };
}

/** How far the zone's wall clock is ahead of UTC at this instant, in ms. */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - (ms - (((ms % 60_000) + 60_000) % 60_000));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "19:42" on the zone's clock. */
export function clockIn(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** "Tue 14 May, 18:30" on the zone's clock. */
export function dayAndTime(ms: number, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
  return `${day.format(ms)}, ${clockIn(ms, timeZone)}`;
}

/** The value of a datetime-local input ("2025-05-14T18:30") for tomorrow at hh:mm in the zone. */
export function tomorrowAt(now: number, timeZone: string, hhmm: string): string {
  const today = wallClock(now, timeZone);
  const tomorrow = new Date(Date.UTC(today.year, today.month - 1, today.day + 1));
  return `${tomorrow.toISOString().slice(0, 10)}T${hhmm}`;
}

/** The instant a datetime-local value names on the zone's clock, or null if it is not a full date and time. */
export function instantOf(local: string, timeZone: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  const first = guess - offsetAt(guess, timeZone);
  // Near a clock change the offset at the answer can differ from the offset at the guess.
  const second = guess - offsetAt(first, timeZone);
  return second;
}

/** "Saturday 5 December" on the zone's clock, with the year only when it is not this year's. */
export function longDay(ms: number, timeZone: string, now = Date.now()): string {
  const thisYear = wallClock(ms, timeZone).year === wallClock(now, timeZone).year;
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: thisYear ? undefined : 'numeric',
  }).formatToParts(ms);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return [get('weekday'), get('day'), get('month'), get('year')].filter(Boolean).join(' ');
}

/** "Saturday 5 December, 10:00–13:00"; the end's day is named too when it ends on another day. */
export function dayAndHours(
  startMs: number,
  endMs: number | null,
  timeZone: string,
  now = Date.now(),
): string {
  const start = `${longDay(startMs, timeZone, now)}, ${clockIn(startMs, timeZone)}`;
  if (endMs === null) return start;
  const sameDay = longDay(endMs, timeZone, now) === longDay(startMs, timeZone, now);
  const end = sameDay
    ? clockIn(endMs, timeZone)
    : `${longDay(endMs, timeZone, now)}, ${clockIn(endMs, timeZone)}`;
  return sameDay ? `${start}–${end}` : `${start} – ${end}`;
}
