/** Minutes east of UTC that timeZone's clocks show at instant t. */
function offsetMinutes(t: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(t))
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(
    parts.year!,
    parts.month! - 1,
    parts.day!,
    parts.hour!,
    parts.minute!,
    parts.second!,
  );
  return Math.round((asUtc - Math.floor(t / 1000) * 1000) / 60_000);
}

/**
 * Reads a date-time as a spreadsheet holds it: ISO 8601 with an offset, or a wall-clock
 * "YYYY-MM-DD HH:MM" (or DD/MM/YYYY HH:MM) in timeZone. Returns epoch ms, or null.
 */
export function parseLocalDateTime(text: string, timeZone: string): number | null {
  const s = text.trim();
  if (/[zZ]|[+-]\d\d:?\d\d$/.test(s) && !Number.isNaN(Date.parse(s))) return Date.parse(s);
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})$/.exec(s);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2})$/.exec(s);
  const f = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : uk ? [uk[3], uk[2], uk[1], uk[4], uk[5]] : null;
  if (!f) return null;
  const [y, mo, d, h, mi] = f.map(Number) as [number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes settle the offset even across a clock change.
  let t = wall - offsetMinutes(wall, timeZone) * 60_000;
  t = wall - offsetMinutes(t, timeZone) * 60_000;
  return t;
}
