// Every TanStack Query key the client uses, so invalidation after a change can name them exactly.
export const keys = {
  /** GET /api/me: who is signed in, the CSRF token, and whether setup is still open. */
  me: ['me'] as const,
};
