// Zod-free, so the import page can show the same column mapping the server will use.

/** "First Name", "first_name" and "FIRSTNAME" are one header. */
export const headerKey = (h: string): string => h.toLowerCase().replace(/[\s_\-.]+/g, '');

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

/** Maps a file's headers to fields by alias; null keeps a column as custom. Several headers may share a field. */
export function mapHeaders<F extends string>(
  headers: string[],
  aliases: Record<F, readonly string[]>,
): Array<F | null> {
  const byAlias = new Map<string, F>();
  for (const [field, names] of Object.entries(aliases) as Array<[F, readonly string[]]>)
    for (const n of [field, ...names]) if (!byAlias.has(headerKey(n))) byAlias.set(headerKey(n), field);
  return headers.map((h) => byAlias.get(headerKey(h)) ?? null);
}

/** Each contact header's field: what the import page previews and the server applies. */
export const detectContactColumns = (headers: string[]): Array<ContactField | null> =>
  mapHeaders(headers, CONTACT_ALIASES);
