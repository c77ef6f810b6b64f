// Words for the session import panel: the columns a file may have, and the server's reasons in them.

/** The columns the server reads (headers match whatever their case and spacing), with an example row. */
export const IMPORT_COLUMNS: Array<{ header: string; also: string; what: string; example: string }> = [
  { header: 'Title', also: '', what: 'What callers call it (required)', example: 'Saturday doors in Easton' },
  {
    header: 'Start',
    also: 'Date',
    what: 'Day and time in UK time, such as 2026-12-05 10:00 (required)',
    example: '2026-12-05 10:00',
  },
  { header: 'End', also: '', what: 'When it finishes', example: '2026-12-05 13:00' },
  {
    header: 'Venue',
    also: 'Meeting point',
    what: 'Where to find you',
    example: 'Outside Easton Community Centre',
  },
  { header: 'Address', also: '', what: 'Street address', example: 'Kilburn Street, Bristol' },
  { header: 'Postcode', also: 'Post code', what: 'Places it on the map (required)', example: 'BS5 6AW' },
  { header: 'Party', also: '', what: 'The hosting party or group', example: 'Bristol East Labour' },
  { header: 'Host', also: '', what: 'Who people meet on the day', example: 'Sam Patel' },
  { header: 'Places', also: 'Capacity', what: 'How many can come; empty for no limit', example: '20' },
  { header: 'WhatsApp', also: '', what: 'The group’s https:// invite link', example: '' },
  { header: 'Notes', also: '', what: 'Anything people should know', example: 'Bring a water bottle' },
];

// The request's field names in the server's reasons, as the column names people use.
const FIELD_COLUMNS: Record<string, string> = {
  title: 'Title',
  startsAt: 'Start',
  endsAt: 'End',
  venue: 'Venue',
  address: 'Address',
  postcode: 'Postcode',
  hostingParty: 'Party',
  hostName: 'Host',
  capacity: 'Places',
  whatsappUrl: 'WhatsApp',
  notes: 'Notes',
};

/** "startsAt: must be after startsAt" reads "Start: must be after Start" → "End must be after Start". */
export function readableReason(reason: string): string {
  const named = reason.replace(
    /\b(startsAt|endsAt|whatsappUrl|hostingParty|hostName)\b/g,
    (f) => FIELD_COLUMNS[f]!,
  );
  const match = /^(\w+): (.+)$/.exec(named);
  if (!match) return named;
  const column = FIELD_COLUMNS[match[1]!] ?? match[1]!;
  const problem = match[2]!;
  if (/^(is|must) /.test(problem)) return `${column} ${problem}`;
  return `${column}: ${problem}`;
}
