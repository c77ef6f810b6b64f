import type { AuditPage, AuditQuery } from '../../protocol';
import type { AppContext } from '../context';
import { auditPage } from '../store/audit';

const PAGE = 50;

/** The audit log newest first, a page at a time, with who did each thing. */
export async function readAuditLog(ctx: AppContext, q: AuditQuery): Promise<AuditPage> {
  const limit = q.limit ?? PAGE;
  const rows = await auditPage(ctx.db, { before: q.before, prefix: q.action, limit: limit + 1 });
  const page = rows.slice(0, limit);
  return {
    entries: page.map((r) => ({
      id: r.id,
      at: new Date(r.createdAt).toISOString(),
      actor: r.actorId === null ? null : { id: r.actorId, name: r.actorName ?? 'Removed user' },
      action: r.action,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      detail: r.detail,
    })),
    nextBefore: rows.length > limit ? page[page.length - 1]!.id : null,
  };
}
