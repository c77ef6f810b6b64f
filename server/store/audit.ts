import type { Queryable } from './db';
import { fromJson } from './json';

export interface AuditEntry {
  actorId: number | null;
  /** What happened, as thing.verb: export.contacts, contact.erase, opt_out.remove, user.create... */
  action: string;
  subjectType: string;
  subjectId: string | number | null;
  detail?: Record<string, unknown>;
}

export async function writeAudit(db: Queryable, entry: AuditEntry, now: number): Promise<void> {
  await db('audit_log').insert({
    actor_id: entry.actorId,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId === null ? null : String(entry.subjectId),
    detail: JSON.stringify(entry.detail ?? {}),
    created_at: now,
  });
}

export interface AuditRow {
  id: number;
  actorId: number | null;
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  detail: Record<string, unknown>;
  createdAt: number;
}

const toAuditRow = (r: Record<string, unknown>): AuditRow => ({
  id: Number(r.id),
  actorId: r.actor_id === null ? null : Number(r.actor_id),
  actorName: (r.actor_name as string | null) ?? null,
  action: String(r.action),
  subjectType: String(r.subject_type),
  subjectId: (r.subject_id as string | null) ?? null,
  detail: fromJson(r.detail as string, {}),
  createdAt: Number(r.created_at),
});

/** `%` and `_` match themselves in a LIKE prefix (escaped with \). */
export const likeEscape = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A page of the log, newest first: entries older than `before` (an id), optionally whose action starts with `prefix`. */
export async function auditPage(
  db: Queryable,
  f: { before?: number; prefix?: string; limit: number },
): Promise<AuditRow[]> {
  const q = db('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .orderBy('a.id', 'desc')
    .limit(f.limit)
    .select('a.*', 'u.name as actor_name');
  if (f.before !== undefined) q.where('a.id', '<', f.before);
  if (f.prefix) q.whereRaw(`a.action LIKE ? ESCAPE '\\'`, [`${likeEscape(f.prefix)}%`]);
  const rows: Array<Record<string, unknown>> = await q;
  return rows.map(toAuditRow);
}

/** Every log entry about one record (subject access lists what was done with a person's data). */
export async function auditAbout(db: Queryable, subjectType: string, subjectId: string): Promise<AuditRow[]> {
  const rows: Array<Record<string, unknown>> = await db('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_id')
    .where({ 'a.subject_type': subjectType, 'a.subject_id': subjectId })
    .orderBy('a.id')
    .select('a.*', 'u.name as actor_name');
  return rows.map(toAuditRow);
}
