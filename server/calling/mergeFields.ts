import type { ContactRecord } from '../store/contacts';

export interface SessionFields {
  title: string;
  startsAt: string;
  venue: string | null;
  postcode: string | null;
  distanceKm: number;
}

/**
 * Fills {{first_name}}, {{last_name}}, {{postcode}}, {{caller_name}}, {{custom.<column>}}
 * and {{session.title|date|time|venue|postcode|distance}} (the nearest session). A field
 * with no value becomes empty rather than showing braces to the person on the phone.
 */
export function fillMergeFields(
  body: string,
  contact: ContactRecord,
  callerName: string,
  session: SessionFields | null,
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
    'session.date': starts?.toLocaleDateString('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone,
    }),
    'session.time': starts?.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }),
  };
  return body.replace(/\{\{\s*([a-z_]+(?:\.[^}\s]+)?)\s*\}\}/gi, (_m, key: string) => {
    if (key.startsWith('custom.')) return lookupCustom(contact.custom, key.slice('custom.'.length));
    return fields[key.toLowerCase()] ?? '';
  });
}

/** Custom columns match as headers do: case- and space-insensitively. */
function lookupCustom(custom: Record<string, string>, column: string): string {
  const want = column.toLowerCase().replace(/[\s_]+/g, '');
  for (const [k, v] of Object.entries(custom)) if (k.toLowerCase().replace(/[\s_]+/g, '') === want) return v;
  return '';
}
