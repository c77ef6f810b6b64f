import type { Assignment } from '../../../../protocol';
import type { CoachLines } from '../../components/call/CallWorkspace';

/** The next Saturday (or the one after, late in the week) at a given hour, for the pretend sessions. */
function nextSaturday(now: number, hour: number, extraDays = 0): string {
  const d = new Date(now);
  const days = ((6 - d.getDay() + 7) % 7 || 7) + extraDays;
  d.setDate(d.getDate() + days);
  d.setHours(hour, 0, 0, 0);
  return d.toISOString();
}

/**
 * A made-up person for the practice call. The number is from Ofcom's drama range, so even a real dial
 * would reach nobody; practice never dials anyway. Two pretend sessions let the volunteer try booking.
 */
export function practiceAssignment(callerName: string, campaignName: string, now = Date.now()): Assignment {
  const caller = callerName.trim().split(/\s+/)[0] ?? callerName;
  return {
    assignmentId: 0,
    contact: {
      id: 0,
      firstName: 'Alex',
      lastName: 'Morgan',
      phone: '+447700900000',
      phoneHidden: false,
      postcode: 'BS5 6AA',
      custom: {},
    },
    script: {
      body: [
        `Hi, is that Alex? It’s ${caller}, a volunteer with **${campaignName}**. You signed up to help on our website: thank you! Have you got two minutes?`,
        'We’re knocking on doors near you this weekend. It’s friendly, you go out in a pair, and no experience is needed.',
        '**Could you come along?** There’s a session near you on Saturday.',
        'If they’re busy now, ask when would be better and choose **Call back later**.',
      ].join('\n\n'),
      questions: [
        {
          key: 'canvassed_before',
          label: 'Have you been door-knocking before?',
          type: 'choice',
          options: ['Yes', 'No', 'Not sure'],
        },
        { key: 'free_when', label: 'When are you usually free?', type: 'text' },
      ],
    },
    sessions: [
      {
        id: 1,
        title: 'Saturday morning door-knocking',
        startsAt: nextSaturday(now, 10),
        venue: 'Easton Community Centre',
        postcode: 'BS5 0SQ',
        distanceKm: 0.8,
        spacesLeft: 6,
        constituency: 'Bristol East',
        endsAt: nextSaturday(now, 13),
        address: 'Chelsea Road, Bristol',
        calendarPath: '',
        whatsappUrl: null,
      },
      {
        id: 2,
        title: 'Sunday afternoon canvass',
        startsAt: nextSaturday(now, 14, 1),
        venue: 'St Werburghs Library',
        postcode: 'BS2 9TX',
        distanceKm: 2.1,
        spacesLeft: null,
        constituency: 'Bristol Central',
        endsAt: nextSaturday(now, 17, 1),
        address: 'Mina Road, Bristol',
        calendarPath: '',
        whatsappUrl: null,
      },
    ],
    history: [],
    purpose: 'first',
    reminderFor: null,
  };
}

export const PRACTICE_COACH: CoachLines = {
  script:
    'Read this out in your own words; it is there so you never have to remember what to say. Try answering a question below.',
  sessions: 'When they say yes, pick the session they can make: that marks the call as Booked.',
  outcome:
    'When the call ends, choose what happened (or press its number key), add a note if it helps, and save.',
};
