import { useId } from 'react';
import { useSearchParams } from 'react-router-dom';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { AuditEntries } from '../../components/admin/AuditEntries';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { OrganisersOnly } from '../../components/admin/OrganisersOnly';
import { PrivacyTabs } from '../../components/admin/PrivacyTabs';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useLoadedMe } from '../../hooks/useMe';
import { useAuditLog } from '../../hooks/usePrivacy';
import '../../styles/admin-form.css';
import '../../styles/privacy.css';

const FILTERS = [
  ['', 'Everything'],
  ['contact.', 'People: downloads and erasures'],
  ['opt_out.', 'Never-call list'],
  ['export.', 'Exports'],
  ['user.', 'Team and roles'],
  ['campaign.', 'Campaign settings'],
] as const;

/** Who exported, erased, changed an opt-out or the team, and when: newest first, a page at a time. */
export function AuditLogPage() {
  useDocumentTitle('Audit log');
  const { user } = useLoadedMe();
  const organiser = user?.role === 'organiser';
  const [params, setParams] = useSearchParams();
  const action = params.get('action') ?? '';
  const log = useAuditLog(action);
  const filterId = useId();
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];

  return (
    <>
      <AdminHeader eyebrow="Privacy" title="Audit log" back={{ to: '/', label: 'Home' }}>
        <p>
          Every export, download, erasure, never-call change and team change, with who did it and why. Entries
          can&rsquo;t be edited or removed.
        </p>
      </AdminHeader>
      {organiser ? <PrivacyTabs /> : null}
      {organiser ? (
        <section className="card privacy-audit" aria-labelledby="audit-title">
          <div className="privacy-audit__head">
            <h2 className="privacy-audit__title" id="audit-title">
              What happened
            </h2>
            <div className="field privacy-audit__filter">
              <label className="field__label" htmlFor={filterId}>
                Show
              </label>
              <select
                id={filterId}
                className="field__input field__select"
                value={action}
                onChange={(e) => setParams(e.target.value ? { action: e.target.value } : {})}
              >
                {FILTERS.map(([value, text]) => (
                  <option value={value} key={value}>
                    {text}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <QueryStatus query={log} loading="Loading the log…" />
          {log.data && !entries.length ? (
            <p className="privacy-block__text">Nothing logged of this kind yet.</p>
          ) : null}
          {entries.length ? <AuditEntries entries={entries} /> : null}
          {log.isFetchNextPageError ? <FormAlert message={log.error?.message} /> : null}
          {log.hasNextPage ? (
            <Button
              variant="secondary"
              busy={log.isFetchingNextPage}
              busyLabel="Loading…"
              onClick={() => void log.fetchNextPage()}
            >
              Show older entries
            </Button>
          ) : null}
        </section>
      ) : (
        <OrganisersOnly what="The audit log is for organisers" />
      )}
    </>
  );
}
