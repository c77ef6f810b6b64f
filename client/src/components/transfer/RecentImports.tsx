import type { ImportRecord } from '../../api/transfer';
import { useRecentImports } from '../../hooks/useContactImport';
import { formatMoment } from '../admin/londonTime';
import { QueryStatus } from '../admin/LoadProblem';

const SHOWN = 5;
const count = new Intl.NumberFormat('en-GB');

const STATUS: Record<ImportRecord['status'], string> = {
  running: 'Running now',
  done: 'Finished',
  failed: 'Failed',
  interrupted: 'Stopped part-way',
};

/** "2,998 new · 12 updated · 1 rejected", leaving out what is zero. */
function counts(r: ImportRecord): string {
  const parts = [
    `${count.format(r.imported)} new`,
    r.updated ? `${count.format(r.updated)} updated` : '',
    r.optedOut ? `${count.format(r.optedOut)} opted out` : '',
    r.rejected ? `${count.format(r.rejected)} rejected` : '',
  ];
  return parts.filter(Boolean).join(' · ');
}

function Entry({ record }: { record: ImportRecord }) {
  const broken = record.status === 'interrupted' || record.status === 'failed';
  return (
    <li className="past-import">
      <p className="past-import__name">{record.fileName ?? 'A CSV file'}</p>
      <p className="past-import__detail">
        {formatMoment(record.startedAt)}
        {record.by ? ` · ${record.by}` : ''}
      </p>
      <p className="past-import__detail">
        <span className={`past-import__status past-import__status--${record.status}`}>
          {STATUS[record.status]}
        </span>{' '}
        {counts(record)}
      </p>
      {broken ? (
        <p className="past-import__note">
          {count.format(record.rowsWritten)} rows were saved before it stopped
          {record.error ? ` (${record.error})` : ''}. Import the same file again to finish: people already
          saved are updated, not added twice.
        </p>
      ) : null}
    </li>
  );
}

/** The campaign's last few imports (once there are any): who brought in which file, and one a restart cut short. */
export function RecentImports({ campaignId }: { campaignId: number }) {
  const imports = useRecentImports(campaignId);
  // Nothing to show before the first import: the panel appears once there is history (or a problem).
  if (imports.isPending || imports.data?.length === 0) return null;
  return (
    <section className="card tool" aria-labelledby="past-imports-title">
      <h2 className="tool__title" id="past-imports-title">
        Earlier imports
      </h2>
      <QueryStatus query={imports} loading="Loading earlier imports…" />
      {imports.data?.length ? (
        <ul className="past-imports">
          {imports.data.slice(0, SHOWN).map((r) => (
            <Entry record={r} key={r.id} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
