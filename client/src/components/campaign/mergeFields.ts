// The script editor's sample contact and session; the filling itself is protocol/mergeFields.ts, as on real calls.
import type { MergeContact, MergeSession } from '../../../../protocol/mergeFields';

export interface SampleContact {
  firstName: string;
  lastName: string;
  postcode: string;
  /** One custom column from the contacts spreadsheet, e.g. ward = Easton. */
  customColumn: string;
  customValue: string;
}

export type SampleSession = MergeSession;

/** The preview's sample contact in the shape scripts are filled from. */
export const asMergeContact = (c: SampleContact): MergeContact => ({
  firstName: c.firstName,
  lastName: c.lastName,
  postcode: c.postcode,
  custom: c.customColumn ? { [c.customColumn]: c.customValue } : {},
});

/** A Saturday morning session a week or so away, for previews. */
export function sampleSession(now = Date.now()): SampleSession {
  const day = new Date(now + 7 * 86_400_000);
  day.setUTCDate(day.getUTCDate() + ((6 - day.getUTCDay() + 7) % 7));
  day.setUTCHours(9, 0, 0, 0);
  return {
    title: 'Saturday doors in Easton',
    startsAt: day.toISOString(),
    venue: 'Easton Community Centre',
    postcode: 'BS5 0SQ',
    distanceKm: 1.2,
  };
}
