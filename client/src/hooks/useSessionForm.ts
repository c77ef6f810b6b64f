import { useRef, useState } from 'react';
import type { CanvassSession } from '../../../protocol';
import type { NewSessionBody, SessionChanges } from '../api/canvass';
import { ApiError } from '../api/http';
import { londonToIso, toDateAndTime } from '../components/admin/londonTime';

/** The session form's inputs, in the order it shows them. */
export const SESSION_FIELDS = [
  'title',
  'date',
  'start',
  'end',
  'venue',
  'address',
  'postcode',
  'hostingParty',
  'hostName',
  'capacity',
  'whatsappUrl',
  'notes',
] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];
export type SessionValues = Record<SessionField, string>;

/** How each input is named to people, for messages that start with it. */
export const SESSION_LABELS: Record<SessionField, string> = {
  title: 'Title',
  date: 'Date',
  start: 'Starts',
  end: 'Ends',
  venue: 'Meeting point',
  address: 'Address',
  postcode: 'Postcode',
  hostingParty: 'Hosting party or group',
  hostName: 'Host',
  capacity: 'Places',
  whatsappUrl: 'WhatsApp group link',
  notes: 'Notes for people who come',
};

// The request's field names, where they differ from the form's.
const FROM_API: Record<string, SessionField> = { startsAt: 'start', endsAt: 'end' };

type Errors = Partial<Record<SessionField, string>>;
type TextField =
  'title' | 'venue' | 'address' | 'postcode' | 'hostingParty' | 'hostName' | 'whatsappUrl' | 'notes';
const TEXT_FIELDS: TextField[] = [
  'title',
  'venue',
  'address',
  'postcode',
  'hostingParty',
  'hostName',
  'whatsappUrl',
  'notes',
];

function initialValues(session: CanvassSession | undefined): SessionValues {
  const empty = Object.fromEntries(SESSION_FIELDS.map((f) => [f, ''])) as SessionValues;
  if (!session) return empty;
  const start = toDateAndTime(session.startsAt);
  const values: SessionValues = { ...empty, date: start.date, start: start.time };
  for (const f of TEXT_FIELDS) values[f] = session[f] ?? '';
  if (session.endsAt) values.end = toDateAndTime(session.endsAt).time;
  if (session.capacity !== null) values.capacity = String(session.capacity);
  return values;
}

/** What is wrong with the form before it is sent, in plain words. */
function problems(v: SessionValues): Errors {
  const e: Errors = {};
  if (!v.title.trim()) e.title = 'Enter a title for the session';
  if (!v.date) e.date = 'Enter the date of the session';
  if (!v.start) e.start = 'Enter the time it starts';
  else if (v.date && !londonToIso(v.date, v.start)) e.start = 'Enter the start as a time, such as 10:00';
  if (v.end && v.start && v.end <= v.start) e.end = 'The end must be later than the start';
  if (!v.postcode.trim()) e.postcode = 'Enter the postcode of the meeting point';
  const capacity = v.capacity.trim();
  if (capacity && !/^[1-9]\d*$/.test(capacity)) e.capacity = 'Places must be a whole number, 1 or more';
  const link = v.whatsappUrl.trim();
  if (link && !/^https:\/\/\S+\.\S+$/.test(link)) e.whatsappUrl = 'The link must start with https://';
  return e;
}

/** A 400 or 409 that names a field ("capacity: 3 people are already booked"), as a message under it. */
function fromServer(error: unknown): Errors | null {
  if (!(error instanceof ApiError) || !['invalid_request', 'conflict'].includes(error.error)) return null;
  const match = /^(\w+): (.+)$/.exec(error.message);
  const field = match ? (FROM_API[match[1]!] ?? match[1]) : undefined;
  if (!match?.[2] || !SESSION_FIELDS.includes(field as SessionField)) return null;
  const problem = match[2];
  const label = SESSION_LABELS[field as SessionField];
  const booked = /^(\d+) people are already booked/.exec(problem);
  const message = booked
    ? `${booked[1]} people are already booked, so there must be at least ${booked[1]} places`
    : /^(is|must|should|cannot|can't) /.test(problem)
      ? `${label} ${problem}`
      : `${label}: ${problem}`;
  return { [field as SessionField]: message };
}

/**
 * The create/edit session form: values, messages, and the request body. Times are typed in UK time and
 * sent as ISO instants. When editing, only what changed is sent, so a session that ends on another day
 * keeps its end unless the times are touched.
 */
export function useSessionForm(session: CanvassSession | undefined, serverError: unknown) {
  const form = useRef<HTMLFormElement>(null);
  const [initial] = useState(() => initialValues(session));
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [serverShown, setServerShown] = useState<unknown>(null);
  const server = serverError && serverError !== serverShown ? fromServer(serverError) : null;
  const shown: Errors = { ...server, ...errors };

  function change(field: SessionField, value: string): void {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
    if (server?.[field]) setServerShown(serverError);
  }

  /** The request body when the form is fine; otherwise shows the problems and focuses the first. */
  function body(): NewSessionBody | SessionChanges | null {
    const found = problems(values);
    setErrors(found);
    setServerShown(null);
    const first = SESSION_FIELDS.find((f) => f in found);
    if (first) {
      const input = form.current?.elements.namedItem(first);
      if (input instanceof HTMLElement) input.focus();
      return null;
    }
    const text = (f: TextField) => values[f].trim() || null;
    const full = {
      title: values.title.trim(),
      startsAt: londonToIso(values.date, values.start)!,
      endsAt: values.end ? londonToIso(values.date, values.end) : null,
      venue: text('venue'),
      address: text('address'),
      postcode: values.postcode.trim(),
      hostingParty: text('hostingParty'),
      hostName: text('hostName'),
      capacity: values.capacity.trim() ? Number(values.capacity) : null,
      whatsappUrl: text('whatsappUrl'),
      notes: values.notes.trim() || null,
    };
    if (!session) {
      // A new session leaves out what was not given rather than sending nulls.
      return Object.fromEntries(Object.entries(full).filter(([, v]) => v !== null)) as NewSessionBody;
    }
    const changes: SessionChanges = {};
    const timesChanged = (['date', 'start', 'end'] as const).some((f) => values[f] !== initial[f]);
    if (timesChanged) Object.assign(changes, { startsAt: full.startsAt, endsAt: full.endsAt });
    for (const f of TEXT_FIELDS) if (values[f] !== initial[f]) Object.assign(changes, { [f]: full[f] });
    if (values.capacity !== initial.capacity) changes.capacity = full.capacity;
    return changes;
  }

  const error = (field: SessionField): string | undefined => shown[field];
  /** The server's message when it is about the form as a whole (a lost connection, say). */
  const formMessage = serverError instanceof Error && !fromServer(serverError) ? serverError.message : null;

  return { form, values, change, body, error, formMessage };
}
