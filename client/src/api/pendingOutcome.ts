// An outcome sent but not yet acknowledged. It is kept in memory and in sessionStorage (which survives
// a reload of the tab) and sent again with the same idempotency key until the server answers, so a call
// is never lost to a dropped connection and never stored twice.
import type { CallOutcomePayload } from '../../../protocol';
import type { Booking } from '../components/call/followUpMessage';

export interface PendingOutcome {
  campaignId: number;
  /** Whose call it was, to name them if it cannot be saved. */
  contactName: string;
  payload: CallOutcomePayload;
  /** A booking: the person and session to follow up once it is stored, even after a reload. */
  booking?: Booking;
}

const STORAGE_KEY = 'ringround.pendingOutcome';

export function loadPending(campaignId: number): PendingOutcome | null {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as PendingOutcome | null;
    return saved?.campaignId === campaignId && saved.payload?.idempotencyKey ? saved : null;
  } catch {
    return null; // storage blocked or garbled: there is nothing we could resend
  }
}

export function storePending(pending: PendingOutcome): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(pending));
  } catch {
    // Storage full or blocked (private browsing): the copy in memory still covers a dropped connection.
  }
}

export function clearPending(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}

/** A fresh idempotency key. randomUUID needs a secure context; a plain-http LAN address falls back. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
