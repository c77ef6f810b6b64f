// The message sent to someone just booked into a canvass session, and the links that open it ready to send
// in WhatsApp or the phone's messages app. Nothing here sends anything: the caller presses send themselves.
import type { Assignment } from '../../../../protocol';
import { dayAndHours } from './zonedTime';

export type BookedSession = Assignment['sessions'][number];

/** A booking just saved: who, and into which session, kept after the next contact replaces them. */
export interface Booking {
  /** The saved call's idempotency key: tells one booking's follow-up from the next. */
  key: string;
  firstName: string;
  /** E.164, as on the contact; masked when phoneHidden (browser calling), so no link can use it. */
  phone: string;
  phoneHidden?: boolean;
  session: BookedSession;
  /** The stored call, once saved: a text from the campaign's number is sent against it. */
  callId?: number;
}

/** The session's calendar file as a full address, or null when it has none (the practice sessions). */
export function calendarUrl(session: BookedSession, origin: string): string | null {
  return session.calendarPath ? `${origin}${session.calendarPath}` : null;
}

/** "Saturday 5 December, 10:00–13:00" for the session, on the campaign's clock. */
export function sessionHours(session: BookedSession, timeZone: string): string {
  const end = session.endsAt ? Date.parse(session.endsAt) : null;
  return dayAndHours(Date.parse(session.startsAt), end, timeZone);
}

/** The prepared message, signed by the caller: what, when, where, the WhatsApp group and the calendar link. */
export function followUpMessage(
  booking: Booking,
  callerName: string,
  timeZone: string,
  origin: string,
): string {
  const { session } = booking;
  const place = [session.address, session.postcode].filter(Boolean).join(', ');
  const calendar = calendarUrl(session, origin);
  return [
    `Hi ${booking.firstName}, it’s ${callerName}. Thanks so much for saying you’ll come along! Here are the details:`,
    [session.title, sessionHours(session, timeZone), session.venue, place].filter(Boolean).join('\n'),
    session.whatsappUrl ? `Join the WhatsApp group for it: ${session.whatsappUrl}` : null,
    calendar ? `Add it to your calendar: ${calendar}` : null,
    `See you there!\n${callerName}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** wa.me takes the number as digits only, without the +. */
export const whatsappHref = (phone: string, text: string): string =>
  `https://wa.me/${phone.replace(/\D/g, '')}?text=${encodeURIComponent(text)}`;

/** sms:<number>?&body=… : the one form both iOS and Android fill in. */
export const smsHref = (phone: string, text: string): string =>
  `sms:${phone}?&body=${encodeURIComponent(text)}`;
