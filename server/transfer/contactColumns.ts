import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { detectContactColumns } from '../../protocol/contactColumns';
import type { ContactField } from '../../protocol/contactColumns';

const emailCheck = z.email();

// Most signup files are UK mobiles typed a few ways (07700 900123, +44 7700 900123, 0044...,
// (07700) 900-123). libphonenumber spends ~17 µs on each (it builds a RegExp per pattern test),
// most of an import's CPU; for these shapes its answer is always +447 and the nine digits, and
// tests/server/csvFuzz.test.ts holds the two to the same answer. Anything else goes to it.
const UK_MOBILE_TYPED = /^[+(\d][\d ().-]*\d$/;
const UK_MOBILE = /^(?:\+44|0044|0)(7\d{9})$/;

/** E.164 for a phone as typed, read in the campaign's default country; null when it cannot be a phone. */
export function normalisePhone(raw: string, country: string): string | null {
  if (country === 'GB' && UK_MOBILE_TYPED.test(raw)) {
    const mobile = UK_MOBILE.exec(raw.replace(/[ ().-]/g, ''));
    if (mobile) return `+44${mobile[1]}`;
  }
  const parsed = parsePhoneNumberFromString(raw, country as CountryCode);
  // "Possible" (right length for the country) rather than "valid": Ofcom's drama ranges and
  // newly issued ranges fail libphonenumber's validity tables but are real numbers to dial.
  return parsed?.isPossible() ? parsed.number : null;
}

export const isEmail = (raw: string): boolean => emailCheck.safeParse(raw).success;

/** Turns a header row into a reader of a row's cells: our fields by alias, every other column kept as custom. */
export function columnReader(headers: string[]) {
  const mapped = detectContactColumns(headers);
  const names = headers.map((h) => h.trim());
  return (values: string[]) => {
    const known: Partial<Record<ContactField, string>> = {};
    const custom: Record<string, string> = {};
    for (let i = 0; i < names.length; i++) {
      const v = values[i]?.trim();
      if (!v) continue;
      const f = mapped[i];
      if (f) known[f] ??= v;
      else if (names[i]) custom[names[i]!] = v;
    }
    return { known, custom };
  };
}
