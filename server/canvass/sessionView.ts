import type { CanvassSession } from '../../protocol';
import type { Geo } from '../geo/geo';
import type { SessionRecord } from '../store/canvassSessions';

/** Where a session's calendar file lives (served by routes/calendar.ts); the token makes it unguessable. */
export const calendarPath = (token: string) => `/api/calendar/${token}.ics`;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function toCanvassSession(s: SessionRecord, geo: Geo): CanvassSession {
  return {
    id: s.id,
    title: s.title,
    startsAt: iso(s.startsAt)!,
    endsAt: iso(s.endsAt),
    venue: s.venue,
    address: s.address,
    postcode: s.postcode,
    hostingParty: s.hostingParty,
    hostName: s.hostName,
    capacity: s.capacity,
    whatsappUrl: s.whatsappUrl,
    notes: s.notes,
    constituency: geo.seat(s.constituencyCode)?.name ?? null,
    constituencyCode: s.constituencyCode,
    geoPrecision: s.geoPrecision,
    booked: s.booked,
    cancelledAt: iso(s.cancelledAt),
    calendarPath: calendarPath(s.calendarToken),
  };
}

export const spacesLeft = (s: SessionRecord): number | null =>
  s.capacity === null ? null : Math.max(0, s.capacity - s.booked);
