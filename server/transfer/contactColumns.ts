import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import { z } from 'zod';
import { headerKey } from './csvRows';

/** Our field for each header a signup form or CRM is likely to use (case and spaces ignored). */
export const CONTACT_ALIASES = {
  externalId: ['external id', 'id', 'contact id', 'member id', 'signup id'],
  firstName: ['first name', 'firstname', 'first', 'given name', 'forename'],
  /** "Name" or "Full name" alone: split into first and last at the first space. */
  fullName: ['name', 'full name', 'fullname'],
  lastName: ['last name', 'surname', 'lastname', 'family name'],
  phone: ['phone', 'mobile', 'telephone', 'tel', 'phone number', 'mobile number', 'cell'],
  email: ['email', 'e-mail', 'email address'],
  postcode: ['postcode', 'post code', 'zip', 'zip code', 'postal code'],
} as const;
export type ContactField = keyof typeof CONTACT_ALIASES;

const emailCheck = z.email();

/** E.164 for a phone as typed, read in the campaign's default country; null when it cannot be a phone. */
export function normalisePhone(raw: string, country: string): string | null {
  const parsed = parsePhoneNumberFromString(raw, country as CountryCode);
  // "Possible" (right length for the country) rather than "valid": Ofcom's drama ranges and
  // newly issued ranges fail libphonenumber's validity tables but are real numbers to dial.
  return parsed?.isPossible() ? parsed.number : null;
}

export const isEmail = (raw: string): boolean => emailCheck.safeParse(raw).success;

/** Turns a header row into a reader: our fields by alias, every other column kept as custom. */
export function columnReader(headers: string[]) {
  const fieldOf = new Map<string, ContactField>();
  for (const [field, names] of Object.entries(CONTACT_ALIASES) as Array<[ContactField, readonly string[]]>) {
    for (const n of [field, ...names]) if (!fieldOf.has(headerKey(n))) fieldOf.set(headerKey(n), field);
  }
  const mapped = headers.map((h) => fieldOf.get(headerKey(h)) ?? null);
  return (cells: Record<string, string>) => {
    const known: Partial<Record<ContactField, string>> = {};
    const custom: Record<string, string> = {};
    headers.forEach((h, i) => {
      const v = (cells[h] ?? '').trim();
      const f = mapped[i];
      if (f) {
        if (v && !known[f]) known[f] = v;
      } else if (v && h.trim()) custom[h.trim()] = v;
    });
    return { known, custom };
  };
}
