// One person across every campaign (find, see, download, erase), the never-call list and the audit
// log. Organisers only. Answers are trusted as typed (protocol's types, no zod at run time).
import type {
  AuditPage,
  ContactSearchResult,
  EraseContactBody,
  ErasureResult,
  OptOutLookup,
  PersonDetail,
} from '../../../protocol';
import { request } from './http';

export type { AuditPage, ContactSearchResult, ErasureResult, OptOutLookup, PersonDetail };
export type AuditEntry = AuditPage['entries'][number];

/** The privacy pages' TanStack Query keys: every change refreshes everything under `root`. */
export const privacyKeys = {
  root: ['privacy'] as const,
  /** GET /api/contacts?q= */
  search: (q: string) => ['privacy', 'search', q] as const,
  /** GET /api/contacts/:id */
  person: (id: number) => ['privacy', 'person', id] as const,
  /** GET /api/audit?action= (pages by ?before=) */
  audit: (action: string) => ['privacy', 'audit', action] as const,
};

export async function searchPeople(q: string): Promise<ContactSearchResult> {
  return (await request('GET', `/api/contacts?q=${encodeURIComponent(q)}`)) as ContactSearchResult;
}

export async function fetchPerson(id: number): Promise<PersonDetail> {
  return (await request('GET', `/api/contacts/${id}`)) as PersonDetail;
}

/** A plain link: the server answers with an attachment, so the browser saves the JSON file. */
export const subjectAccessUrl = (id: number): string => `/api/contacts/${id}/subject-access`;

export async function erasePerson(id: number, body: EraseContactBody): Promise<ErasureResult> {
  return (await request('POST', `/api/contacts/${id}/erase`, body)) as ErasureResult;
}

export async function addToNeverCall(phone: string, reason: string): Promise<OptOutLookup> {
  return (await request('POST', '/api/opt-outs', { phone, reason })) as OptOutLookup;
}

export async function reverseOptOut(phone: string, reason: string): Promise<OptOutLookup> {
  return (await request('DELETE', `/api/opt-outs/${encodeURIComponent(phone)}`, { reason })) as OptOutLookup;
}

export async function fetchAudit(action: string, before?: number): Promise<AuditPage> {
  const params = new URLSearchParams();
  if (action) params.set('action', action);
  if (before) params.set('before', String(before));
  const query = params.toString();
  return (await request('GET', `/api/audit${query ? `?${query}` : ''}`)) as AuditPage;
}
