// Every TanStack Query key the client uses, so invalidation after a change can name them exactly.
export const keys = {
  /** GET /api/me: who is signed in, the CSRF token, and whether setup is still open. */
  me: ['me'] as const,
  /** GET /api/join/:token: the campaign behind a join link. */
  joinLink: (token: string) => ['join', token] as const,
  /** GET /api/calling: the campaigns the signed-in person calls for. */
  callingCampaigns: ['calling'] as const,
  /** GET /api/calling/:id: one campaign and the caller's progress tonight (refetched after each save). */
  callingView: (campaignId: number) => ['calling', campaignId] as const,
};
