// Whether this volunteer has had (or skipped) the practice call, remembered in this browser so the offer
// is made once rather than every evening.

const key = (userId: number) => `ringround.practised.${userId}`;

export function hasPractised(userId: number): boolean {
  try {
    return localStorage.getItem(key(userId)) === '1';
  } catch {
    return false; // storage blocked: offering practice again is harmless
  }
}

export function markPractised(userId: number): void {
  try {
    localStorage.setItem(key(userId), '1');
  } catch {
    // Storage blocked (private browsing): the offer simply comes back next time.
  }
}
