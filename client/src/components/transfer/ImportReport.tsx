import { useState } from 'react';
import type { ContactImportReport } from '../../api/transfer';
import { DownloadIcon } from '../admin/adminIcons';
import { Button } from '../Button';
import { FormAlert } from '../FormAlert';
import { downloadRejected, readableReason } from './contactFile';

/** More than this many rejected rows are left to the download. */
const SHOWN = 100;
const count = new Intl.NumberFormat('en-GB');

interface ImportReportProps {
  report: ContactImportReport;
  dryRun: boolean;
  file: File;
}

function Counts({ report, dryRun }: { report: ContactImportReport; dryRun: boolean }) {
  const items: Array<{ label: string; value: number; tone?: 'good' | 'bad' | 'quiet'; note?: string }> = [
    { label: 'Rows read', value: report.received },
    { label: dryRun ? 'New people to add' : 'New people added', value: report.imported, tone: 'good' },
    { label: dryRun ? 'Already here, to update' : 'Already here, updated', value: report.updated },
    { label: 'Duplicate rows merged', value: report.duplicates, note: 'Same phone number' },
    {
      label: 'Opted out',
      value: report.optedOut ?? 0,
      tone: 'quiet',
      note: dryRun ? 'Would be imported, never called' : 'Imported, but never called',
    },
    { label: 'Rejected', value: report.rejected.length, tone: report.rejected.length ? 'bad' : undefined },
  ];
  return (
    <dl className="import-counts">
      {items.map((item) => (
        <div className={`import-counts__item import-counts__item--${item.tone ?? 'plain'}`} key={item.label}>
          <dt>{item.label}</dt>
          <dd>
            {count.format(item.value)}
            {item.note ? <span className="import-counts__note">{item.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** What a check or an import found: the counts, and each row turned down with why. */
export function ImportReport({ report, dryRun, file }: ImportReportProps) {
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const rejected = report.rejected;
  const save = () =>
    downloadRejected(file, report).then(
      () => setSaveProblem(null),
      () => setSaveProblem('The file could not be read again. Choose it once more, then download.'),
    );
  return (
    <section className="import-report" aria-labelledby="import-report-title">
      <h3 className="import-report__title" id="import-report-title">
        {dryRun ? 'What importing this file would do' : 'What the import did'}
      </h3>
      <p className="import-report__lead">
        {dryRun
          ? 'Nothing has been saved yet. Import the file to add these people to the calling queue.'
          : `${count.format(report.imported + report.updated)} ${report.imported + report.updated === 1 ? 'person is' : 'people are'} in this campaign from ${file.name}.`}
      </p>
      <Counts report={report} dryRun={dryRun} />
      {rejected.length ? (
        <div className="rejected">
          <h4 className="rejected__title">
            {rejected.length === 1 ? 'This row was turned down' : 'These rows were turned down'}
          </h4>
          <p className="rejected__lead">
            Row numbers are as your spreadsheet shows them, with the headings in row 1. Fix them and import
            the fixed rows on their own: people already imported are updated, not added twice.
          </p>
          <div className="rejected__scroll" role="region" aria-labelledby="rejected-caption" tabIndex={0}>
            <table className="rejected__table">
              <caption id="rejected-caption" className="visually-hidden">
                Rejected rows
              </caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {rejected.slice(0, SHOWN).map((r) => (
                  <tr key={r.line}>
                    <th scope="row">{r.line}</th>
                    <td>{readableReason(r.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rejected.length > SHOWN ? (
            <p className="rejected__more">
              And {count.format(rejected.length - SHOWN)} more: the download has every one.
            </p>
          ) : null}
          <Button variant="secondary" onClick={() => void save()}>
            <DownloadIcon />
            Download the rejected rows as CSV
          </Button>
          <FormAlert message={saveProblem} />
        </div>
      ) : (
        <p className="import-report__ok">Every row {dryRun ? 'can be' : 'was'} imported.</p>
      )}
    </section>
  );
}
