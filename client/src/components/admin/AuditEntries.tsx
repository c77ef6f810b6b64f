import { Link } from 'react-router-dom';
import type { AuditEntry } from '../../api/privacy';
import { formatMoment } from './londonTime';

/** Actions in plain words; anything not listed shows as its id. */
const ACTIONS: Record<string, string> = {
  'contact.subject_access': 'Downloaded everything held about a person',
  'contact.erase': 'Erased a person',
  'opt_out.add': 'Put a number on the never-call list',
  'opt_out.remove': 'Took a number off the never-call list',
  'export.contacts': 'Exported a campaign’s contacts',
  'export.calls': 'Exported a campaign’s calls',
  'import.contacts': 'Imported contacts',
  'user.create': 'Added a team member',
  'user.remove': 'Removed a team member',
  'invite.create': 'Made an invite link',
  'invite.cancel': 'Cancelled an invite',
  'campaign.allow_any_hour': 'Changed “calls at any hour”',
  'campaign.webhook_url': 'Changed where outcomes are sent',
  'campaign.rotate_join_link': 'Made a new join link',
  'campaign.rotate_webhook_secret': 'Made a new webhook secret',
  'campaign.retention_days': 'Changed how long call notes are kept',
  'caller.remove': 'Removed a caller',
  'assignment.return': 'Returned a stuck contact',
  'session.cancel': 'Cancelled a canvass session',
  'rsvp.attendance': 'Marked attendance',
  'telephony.fallback': 'Switched a call to the caller’s own phone',
};

const SUBJECTS: Record<string, string> = {
  contact: 'Person',
  campaign: 'Campaign',
  phone: 'Number',
  user: 'Team member',
  invite: 'Invite',
  session: 'Session',
};

function subjectText(e: AuditEntry): string {
  if (!e.subjectId) return '';
  return `${SUBJECTS[e.subjectType] ?? e.subjectType} ${e.subjectType === 'phone' ? '' : '#'}${e.subjectId}`;
}

/** The few detail fields worth a line; the full detail is in the API answer. */
function detailText(d: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (typeof d.reason === 'string') out.push(`Reason: “${d.reason}”`);
  if (typeof d.role === 'string') out.push(`Role: ${d.role}`);
  if ('retentionDays' in d)
    out.push(d.retentionDays === null ? 'Keep notes' : `Keep notes ${String(d.retentionDays)} days`);
  if (typeof d.kind === 'string') out.push(`Kind: ${d.kind}`);
  return out;
}

/** One page (or several) of the audit log, newest first. */
export function AuditEntries({ entries }: { entries: AuditEntry[] }) {
  return (
    <ol className="audit-list" aria-label="Audit log entries, newest first">
      {entries.map((e) => (
        <li className="audit-entry" key={e.id}>
          <p className="audit-entry__what">
            <span className="audit-entry__action">{ACTIONS[e.action] ?? e.action}</span>
            {subjectText(e) ? (
              <span className="audit-entry__subject">
                {' · '}
                {e.subjectType === 'contact' ? (
                  <Link to={`/admin/people?id=${e.subjectId}`}>{subjectText(e)}</Link>
                ) : (
                  subjectText(e)
                )}
              </span>
            ) : null}
          </p>
          <p className="audit-entry__meta">
            <time dateTime={e.at}>{formatMoment(e.at)}</time> · {e.actor ? e.actor.name : 'Ringround itself'}{' '}
            · <code className="code-inline">{e.action}</code>
          </p>
          {detailText(e.detail).map((line) => (
            <p className="audit-entry__detail" key={line}>
              {line}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
