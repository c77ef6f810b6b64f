// Zod-free: the server fills scripts for real calls and the script editor previews them with the same code.

export interface MergeContact {
  firstName: string;
  lastName: string | null;
  postcode: string | null;
  custom: Record<string, string>;
}

export interface MergeSession {
  title: string;
  startsAt: string;
  venue: string | null;
  postcode: string | null;
  distanceKm: number;
}

/** The fields a script can use, as the editor's buttons name them. */
export const CONTACT_FIELDS = [
  { field: 'first_name', name: 'First name' },
  { field: 'last_name', name: 'Last name' },
  { field: 'postcode', name: 'Postcode' },
  { field: 'caller_name', name: 'Caller’s name' },
] as const;

export const SESSION_FIELDS = [
  { field: 'session.title', name: 'Title' },
  { field: 'session.date', name: 'Date' },
  { field: 'session.time', name: 'Time' },
  { field: 'session.venue', name: 'Meeting point' },
  { field: 'session.postcode', name: 'Postcode' },
  { field: 'session.distance', name: 'Distance' },
] as const;

/** What the reminder call says when the campaign has not written its own. */
export const DEFAULT_REMINDER =
  'Hi {{first_name}}, it’s {{caller_name}} from the campaign. Just a quick reminder about {{session.title}} on {{session.date}} at {{session.time}}, meeting at {{session.venue}}. Are you still able to come?';

/** Custom columns match as headers do: case- and space-insensitively. */
const columnKey = (column: string) => column.toLowerCase().replace(/[\s_]+/g, '');

// A formatter per zone, kept: building one costs more than the rest of filling a script, and
// the server fills one for every contact it hands out.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatIn(kind: 'date' | 'time', timeZone: string): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(
      'en-GB',
      kind === 'date'
        ? { weekday: 'long', day: 'numeric', month: 'long', timeZone }
        : { hour: '2-digit', minute: '2-digit', timeZone },
    );
    formatters.set(key, f);
  }
  return f;
}

/**
 * Fills {{first_name}}, {{last_name}}, {{postcode}}, {{caller_name}}, {{custom.<column>}}
 * and {{session.title|date|time|venue|postcode|distance}} (the nearest session). A field
 * with no value becomes empty rather than showing braces to the person on the phone.
 */
export function fillMergeFields(
  body: string,
  contact: MergeContact,
  callerName: string,
  session: MergeSession | null,
  timeZone: string,
): string {
  const starts = session ? new Date(session.startsAt) : null;
  const fields: Record<string, string | null | undefined> = {
    first_name: contact.firstName,
    last_name: contact.lastName,
    postcode: contact.postcode,
    caller_name: callerName.split(' ')[0],
    'session.title': session?.title,
    'session.venue': session?.venue,
    'session.postcode': session?.postcode,
    'session.distance': session ? `${session.distanceKm.toFixed(1)} km` : undefined,
    'session.date': starts ? formatIn('date', timeZone).format(starts) : undefined,
    'session.time': starts ? formatIn('time', timeZone).format(starts) : undefined,
  };
  return body.replace(/\{\{\s*([a-z_]+(?:\.[^}\s]+)?)\s*\}\}/gi, (_m, key: string) => {
    if (key.startsWith('custom.')) {
      const want = columnKey(key.slice('custom.'.length));
      return Object.entries(contact.custom).find(([k]) => columnKey(k) === want)?.[1] ?? '';
    }
    return fields[key.toLowerCase()] ?? '';
  });
}

/** The merge fields in a script that nothing fills, such as a misspelt {{frist_name}}. */
export function unknownFields(body: string): string[] {
  const known = new Set<string>([...CONTACT_FIELDS, ...SESSION_FIELDS].map((f) => f.field));
  const found = [...body.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1] ?? '');
  return [...new Set(found.filter((f) => !known.has(f.toLowerCase()) && !/^custom\.[^}\s]+$/.test(f)))];
}

/**
 * The imported columns a script reads through {{custom.<column>}}, from a contact's own: a caller
 * is sent these and no others (a signup file may carry a date of birth or a donation history).
 */
export function customFieldsUsed(body: string, custom: Record<string, string>): Record<string, string> {
  const wanted = new Set(
    [...body.matchAll(/\{\{\s*custom\.([^}\s]+)\s*\}\}/gi)].map((m) => columnKey(m[1] ?? '')),
  );
  return Object.fromEntries(Object.entries(custom).filter(([k]) => wanted.has(columnKey(k))));
}
