import type { Queryable } from './db';

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
