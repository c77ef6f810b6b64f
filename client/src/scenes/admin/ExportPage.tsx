import { useId, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { OUTCOMES, REMINDER_OUTCOMES } from '../../../../protocol/outcomeNames';
import { DownloadIcon } from '../../components/admin/adminIcons';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { londonToIso } from '../../components/admin/londonTime';
import { outcomeLabel } from '../../components/call/outcomes';
import { ExportColumns } from '../../components/transfer/ExportColumns';
import { EXPORT_KINDS } from '../../components/transfer/exportText';
import { exportUrl } from '../../api/transfer';
import type { ExportKind } from '../../api/transfer';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useLoadedMe } from '../../hooks/useMe';
import { useStaffCampaign } from '../../hooks/useTargetSeats';
import '../../styles/admin-form.css';
import '../../styles/transfer.css';

const ALL_OUTCOMES = [...OUTCOMES, ...REMINDER_OUTCOMES];

function OrganisersOnly({ campaignId }: { campaignId: number }) {
  return (
    <section className="card lost" aria-labelledby="export-organisers-title">
      <h2 className="lost__title" id="export-organisers-title">
        Exports are for organisers
      </h2>
      <p className="lost__text">
        An export holds everyone&rsquo;s phone number and the notes callers made, so only organisers can
        download one. Ask an organiser if you need the file.
      </p>
      <Link className="button button--primary" to={`/dashboard/${campaignId}`}>
        Open the dashboard instead
      </Link>
    </section>
  );
}

/** Outcomes out: a campaign's contacts or calls as CSV, filtered by date and outcome. */
export function ExportPage() {
  const id = Number(useParams().id);
  const { user } = useLoadedMe();
  const organiser = user?.role === 'organiser';
  const campaign = useStaffCampaign(id);
  const name = campaign.data?.name;
  useDocumentTitle(name ? `Export results · ${name}` : 'Export results');
  const [kind, setKind] = useState<ExportKind>('contacts');
  const [since, setSince] = useState('');
  const [outcome, setOutcome] = useState('');
  const [bom, setBom] = useState(true);
  const ids = { since: useId(), outcome: useId(), bom: useId() };

  const sinceIso = since ? londonToIso(since, '00:00') : null;
  const href = exportUrl(id, { kind, since: sinceIso, outcome, bom });

  return (
    <>
      <AdminHeader
        eyebrow={name ?? 'Campaign'}
        title="Export results"
        back={{ to: '/admin/campaigns', label: 'All campaigns' }}
      >
        <p>Download who has been called and how it went, as a CSV for a spreadsheet or your CRM.</p>
      </AdminHeader>
      {organiser ? <QueryStatus query={campaign} loading="Loading the campaign…" /> : null}
      {!organiser ? <OrganisersOnly campaignId={id} /> : null}

      {organiser && campaign.data ? (
        <div className="admin-layout">
          <div className="admin-layout__main">
            <section className="card transfer" aria-labelledby="export-title">
              <h2 className="transfer__title" id="export-title">
                What to download
              </h2>
              <fieldset className="export-kinds">
                <legend className="export-kinds__legend">Export</legend>
                {(Object.keys(EXPORT_KINDS) as ExportKind[]).map((k) => (
                  <label className="export-kind" key={k}>
                    <input
                      className="export-kind__input"
                      type="radio"
                      name="kind"
                      value={k}
                      checked={kind === k}
                      onChange={() => setKind(k)}
                    />
                    <span className="export-kind__text">
                      <span className="export-kind__label">{EXPORT_KINDS[k].label}</span>
                      <span className="export-kind__what">{EXPORT_KINDS[k].what}</span>
                    </span>
                  </label>
                ))}
              </fieldset>

              <div className="field-row">
                <div className="field">
                  <label className="field__label" htmlFor={ids.since}>
                    Since <span className="field__optional">(optional)</span>
                  </label>
                  <p className="field__hint" id={`${ids.since}-hint`}>
                    {kind === 'contacts'
                      ? 'Only people last called on or after this day (UK time).'
                      : 'Only calls made on or after this day (UK time).'}
                  </p>
                  <input
                    id={ids.since}
                    className="field__input"
                    type="date"
                    value={since}
                    aria-describedby={`${ids.since}-hint`}
                    onChange={(e) => setSince(e.target.value)}
                  />
                </div>
                <div className="field">
                  <label className="field__label" htmlFor={ids.outcome}>
                    Outcome <span className="field__optional">(optional)</span>
                  </label>
                  <p className="field__hint" id={`${ids.outcome}-hint`}>
                    {kind === 'contacts'
                      ? 'Only people whose last call ended this way.'
                      : 'Only calls with this outcome.'}
                  </p>
                  <select
                    id={ids.outcome}
                    className="field__input field__select"
                    value={outcome}
                    aria-describedby={`${ids.outcome}-hint`}
                    onChange={(e) => setOutcome(e.target.value)}
                  >
                    <option value="">Any outcome</option>
                    {ALL_OUTCOMES.map((o) => (
                      <option value={o} key={o}>
                        {outcomeLabel(o)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>

              <label className="export-bom" htmlFor={ids.bom}>
                <input
                  id={ids.bom}
                  className="export-bom__input"
                  type="checkbox"
                  checked={bom}
                  onChange={(e) => setBom(e.target.checked)}
                />
                <span className="export-bom__text">
                  <span className="export-bom__label">Excel-friendly (UTF-8 BOM)</span>
                  <span className="export-bom__what">
                    So Excel shows names like Zoë and Siân correctly. Turn it off for scripts and other tools.
                  </span>
                </span>
              </label>

              <div className="transfer__actions">
                <div className="form-actions">
                  <a className="button button--primary" href={href} download>
                    <span>
                      <DownloadIcon />
                      Download {kind} CSV
                    </span>
                  </a>
                </div>
                <p className="transfer__hint">
                  Every export is written to the audit log, with your name, the time and these choices. Keep
                  the file somewhere safe and delete it when you no longer need it: it holds people&rsquo;s
                  phone numbers.
                </p>
              </div>
            </section>
          </div>
          <aside className="admin-layout__side" aria-label="What the file holds">
            <ExportColumns kind={kind} campaign={campaign.data} />
          </aside>
        </div>
      ) : null}
    </>
  );
}
