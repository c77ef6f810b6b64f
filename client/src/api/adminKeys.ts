// The TanStack Query keys of the organiser and coordinator pages, so a change can invalidate exactly
// what it affects. Everything about canvass sessions sits under one root: a new or edited session can
// move in every list, so the whole root is refreshed after any change.
export const adminKeys = {
  /** Every canvass query: invalidate this after a session is added, edited, cancelled or imported. */
  canvass: ['canvass'] as const,
  /** GET /api/canvass-sessions (past: every session, including those already over). */
  sessions: (past: boolean) => ['canvass', 'list', past ? 'all' : 'upcoming'] as const,
  /** GET /api/canvass-sessions/:id */
  session: (id: number) => ['canvass', 'session', id] as const,
  /** GET /api/canvass-sessions/:id/attendance: who is booked, and whether they came. */
  attendance: (id: number) => ['canvass', 'session', id, 'attendance'] as const,
  /** The people to ring after a cancellation: the server gives them once, in the DELETE answer. */
  recontact: (id: number) => ['recontact', id] as const,
  /** GET /api/seats: the 650 Westminster seats with their 2024 result. Never changes while running. */
  seats: ['seats'] as const,
  /** GET /api/campaigns */
  campaigns: ['campaigns'] as const,
  /** GET /api/campaigns/:id */
  campaign: (id: number) => ['campaigns', id] as const,
};
