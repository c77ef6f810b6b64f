/**
 * A phone as the audit log keeps it: the country code and last three digits. The log outlives
 * an erasure, so it must not hold the whole number; this is enough to tell two entries apart.
 */
export function maskPhone(e164: string): string {
  const cc = /^\+(1|7|\d{2})/.exec(e164)?.[0] ?? '+';
  const tail = e164.slice(-3);
  return `${cc}${'•'.repeat(Math.max(e164.length - cc.length - 3, 0))}${tail}`;
}
