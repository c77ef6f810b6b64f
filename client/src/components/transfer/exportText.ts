// The export's columns as the export page describes them, in the order the server writes them
// (listed in the public contract, docs api.md: "Contacts export columns").
import type { ExportKind } from '../../api/transfer';

export const EXPORT_KINDS: Record<ExportKind, { label: string; what: string }> = {
  contacts: {
    label: 'Contacts',
    what: 'One row per person: where they are in the queue, how the last call went, and any booking.',
  },
  calls: {
    label: 'Calls',
    what: 'One row per call made: who rang, when, the outcome, notes and the script’s answers.',
  },
};

export const EXPORT_COLUMNS: Record<ExportKind, Array<[column: string, what: string]>> = {
  contacts: [
    ['external_id', 'The ID from your import, for matching back'],
    ['first_name, last_name', ''],
    ['phone', 'In international form, such as +447700900123'],
    ['email, postcode', ''],
    ['constituency', 'The seat their postcode is in'],
    ['status', 'queued, claimed (being called now) or done'],
    ['attempts', 'Calls made to them'],
    ['last_outcome, last_called_at, last_caller', 'Their latest call'],
    ['booked_session_id, _title, _starts_at', 'The canvass session they booked'],
    ['notes', 'The caller’s notes on the latest call'],
    ['q_<key>', 'One column per script question: the latest answer'],
  ],
  calls: [
    ['call_id', ''],
    ['external_id, phone', 'Who was called'],
    ['caller', 'Who rang'],
    ['started_at, ended_at', 'UTC, ISO 8601'],
    ['outcome', ''],
    ['session_id', 'The session booked, if any'],
    ['notes', ''],
    ['answers', 'The script questions’ answers, as JSON'],
  ],
};
