// Canvass sessions happen in the UK, so their times are read and written in Europe/London whatever the
// organiser's own computer is set to: "10:00" in the form means 10:00 on the doorstep.
const ZONE = 'Europe/London';

const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});
const monthFormat = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, month: 'short' });

function londonParts(at: Date): Record<string, string> {
  return Object.fromEntries(partsFormat.formatToParts(at).map((p) => [p.type, p.value]));
}

/** "Sat 5 Dec", with the year added when it is not this year's. */
export function formatDay(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const p = londonParts(at);
  const day = `${p.weekday} ${Number(p.day)} ${monthFormat.format(at)}`;
  return p.year === londonParts(now).year ? day : `${day} ${p.year}`;
}

/** "10:00", in UK time. */
export const formatTime = (iso: string): string => timeFormat.format(new Date(iso));

/** "Sat 5 Dec, 10:00–13:00"; an end on another day is given in full. */
export function formatWhen(startsAt: string, endsAt: string | null, now = new Date()): string {
  const start = `${formatDay(startsAt, now)}, ${formatTime(startsAt)}`;
  if (!endsAt) return start;
  if (formatDay(endsAt, now) === formatDay(startsAt, now)) return `${start}–${formatTime(endsAt)}`;
  return `${start} – ${formatDay(endsAt, now)}, ${formatTime(endsAt)}`;
}

/** The pieces of a calendar tile: "DEC", "5", "Sat". */
export function dateTile(iso: string): { month: string; day: string; weekday: string } {
  const at = new Date(iso);
  const parts = londonParts(at);
  return { month: monthFormat.format(at), day: String(Number(parts.day)), weekday: parts.weekday ?? '' };
}

/** The values of a date input and a time input showing this instant in UK time. */
export function toDateAndTime(iso: string): { date: string; time: string } {
  const p = londonParts(new Date(iso));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** Minutes UK time is ahead of UTC at this instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(utcMs: number): number {
  const p = londonParts(new Date(utcMs));
  const wall = Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!);
  return Math.round((wall - utcMs) / 60_000);
}

/** The instant (ISO 8601, UTC) of a UK date ("2026-12-05") and time ("10:00"); null if either is unreadable. */
export function londonToIso(date: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})/.exec(time);
  if (!d || !t) return null;
  const wall = Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!, +t[1]!, +t[2]!);
  if (Number.isNaN(wall)) return null;
  // The offset depends on the instant, which depends on the offset: twice settles it, even near a change.
  let utc = wall - londonOffsetMinutes(wall) * 60_000;
  utc = wall - londonOffsetMinutes(utc) * 60_000;
  return new Date(utc).toISOString();
}

/** "5 Dec, 18:42": when something happened, such as a booking. */
export function formatMoment(iso: string, now = new Date()): string {
  return `${formatDay(iso, now).replace(/^\w+ /, '')}, ${formatTime(iso)}`;
}
