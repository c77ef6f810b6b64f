import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { ColumnPreview } from '../../components/transfer/ColumnPreview';
import { ContactColumnsHelp } from '../../components/transfer/ContactColumnsHelp';
import { previewFile } from '../../components/transfer/contactFile';
import type { FilePreview } from '../../components/transfer/contactFile';
import { FileDrop } from '../../components/transfer/FileDrop';
import { ImportProgressBar } from '../../components/transfer/ImportProgressBar';
import { ImportReport } from '../../components/transfer/ImportReport';
import { RecentImports } from '../../components/transfer/RecentImports';
import { ApiError } from '../../api/http';
import type { ContactImportReport } from '../../api/transfer';
import { useContactImport, useImportLimit } from '../../hooks/useContactImport';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useStaffCampaign } from '../../hooks/useTargetSeats';
import '../../styles/transfer.css';

const count = new Intl.NumberFormat('en-GB');
const people = (n: number) => `${count.format(n)} ${n === 1 ? 'person' : 'people'}`;

/** One sentence for screen readers when a check or import ends. */
function summary(report: ContactImportReport, dryRun: boolean): string {
  const rejected = report.rejected.length ? `, ${count.format(report.rejected.length)} rejected` : '';
  return dryRun
    ? `Check finished: ${people(report.imported)} new, ${count.format(report.updated)} to update${rejected}.`
    : `Import finished: ${people(report.imported)} added, ${count.format(report.updated)} updated${rejected}.`;
}

function uploadProblem(error: Error): string {
  if (error instanceof ApiError && error.status === 413) {
    return `${error.message}. Split it into smaller files and import each one.`;
  }
  return error.message;
}

/** Signups into a campaign: choose a file, see how its columns will be read, check it, then import it. */
export function ContactsImportPage() {
  const id = Number(useParams().id);
  const campaign = useStaffCampaign(id);
  const name = campaign.data?.name;
  useDocumentTitle(name ? `Import signups · ${name}` : 'Import signups');
  const importer = useContactImport(id);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<FilePreview | null>(null);
  const [readProblem, setReadProblem] = useState<string | null>(null);
  const maxBytes = useImportLimit(id);

  function choose(picked: File) {
    importer.reset();
    setFile(picked);
    setPreview(null);
    setReadProblem(null);
    if (maxBytes && picked.size > maxBytes) {
      const mb = (n: number) => Math.ceil(n / 1_048_576);
      setReadProblem(
        `This file is ${mb(picked.size)} MB and Ringround takes at most ${mb(maxBytes)} MB at a time. Split it into smaller files and import each.`,
      );
      return;
    }
    previewFile(picked).then(setPreview, () =>
      setReadProblem('That file could not be read. Save it again as CSV and choose it once more.'),
    );
  }

  function startOver() {
    importer.reset();
    setFile(null);
    setPreview(null);
  }

  const start = (dryRun: boolean) => {
    if (file && !importer.isPending) importer.mutate({ file, dryRun });
  };

  const running = importer.isPending;
  const result = importer.data;
  const dryRun = importer.variables?.dryRun ?? false;
  const imported = result && !result.dryRun;
  const canCheck = Boolean(preview && !preview.missing.phone && preview.rows.length > 0);
  const nothingToImport = result?.dryRun && result.report.imported + result.report.updated === 0;

  return (
    <>
      <AdminHeader
        eyebrow={name ?? 'Campaign'}
        title="Import signups"
        back={{ to: '/admin/campaigns', label: 'All campaigns' }}
      >
        <p>
          Add the people to call from a spreadsheet saved as CSV. Check the file first if you like: a check
          saves nothing.
        </p>
      </AdminHeader>
      <QueryStatus query={campaign} loading="Loading the campaign…" />

      {campaign.data ? (
        <div className="admin-layout">
          <div className="admin-layout__main">
            <section className="card transfer" aria-labelledby="import-title">
              <h2 className="transfer__title" id="import-title">
                {file ? 'Your file' : 'Choose your file'}
              </h2>
              <FileDrop file={file} onFile={choose} disabled={running} />
              <FormAlert message={readProblem} />
              {preview ? <ColumnPreview preview={preview} /> : null}

              {preview && !imported ? (
                <div className="transfer__actions">
                  <div className="form-actions">
                    <Button
                      disabled={!canCheck || nothingToImport}
                      busy={running && !dryRun}
                      busyLabel="Importing…"
                      onClick={() => start(false)}
                    >
                      {result?.dryRun && result.report.imported + result.report.updated > 0
                        ? `Import ${people(result.report.imported + result.report.updated)}`
                        : 'Import'}
                    </Button>
                    <Button
                      variant="secondary"
                      disabled={!canCheck}
                      busy={running && dryRun}
                      busyLabel="Checking…"
                      onClick={() => start(true)}
                    >
                      Check file
                    </Button>
                  </div>
                  <p className="transfer__hint">
                    {canCheck
                      ? 'Importing adds the good rows to the calling queue; rows with a problem are listed for you to fix.'
                      : 'Fix the file so it has a phone column and at least one row, then choose it again.'}
                  </p>
                </div>
              ) : null}

              {importer.run ? <ImportProgressBar run={importer.run} dryRun={dryRun} /> : null}
              <FormAlert message={importer.error ? uploadProblem(importer.error) : null} />
              {result && file ? (
                <ImportReport report={result.report} dryRun={result.dryRun} file={file} />
              ) : null}

              {imported ? (
                <div className="transfer__actions">
                  <div className="form-actions">
                    <Link className="button button--primary" to={`/dashboard/${id}`}>
                      Open the dashboard
                    </Link>
                    <Button variant="secondary" onClick={startOver}>
                      Import another file
                    </Button>
                  </div>
                </div>
              ) : null}
              <p className="visually-hidden" role="status">
                {result ? summary(result.report, result.dryRun) : ''}
              </p>
            </section>
          </div>
          <aside className="admin-layout__side" aria-label="How to lay out the file">
            <RecentImports campaignId={id} />
            <ContactColumnsHelp />
          </aside>
        </div>
      ) : null}
    </>
  );
}
