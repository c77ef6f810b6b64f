import { useState } from 'react';
import type { ChangeEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { SessionImportReport } from '../../../../protocol';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { DownloadIcon, FileIcon, UploadIcon } from '../../components/admin/adminIcons';
import { readCsvRows, saveFile, toCsv } from '../../components/admin/csvFile';
import { IMPORT_COLUMNS, readableReason } from '../../components/admin/importText';
import { Loading } from '../../components/admin/LoadProblem';
import { Button } from '../../components/Button';
import { FormAlert } from '../../components/FormAlert';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useSessionImport, useSessionImportCheck } from '../../hooks/useSessionImport';
import type { SessionsNotice } from './SessionsPage';
import '../../styles/admin-import.css';

const MAX_BYTES = 5 * 1_048_576;
const sessions = (n: number) => `${n} ${n === 1 ? 'session' : 'sessions'}`;

interface Chosen {
  name: string;
  text: string;
}

function downloadTemplate() {
  saveFile(
    'canvass-sessions-template.csv',
    toCsv([IMPORT_COLUMNS.map((c) => c.header), IMPORT_COLUMNS.map((c) => c.example)]),
  );
}

/** The rows the server turned down, as they were in the file, with a column saying why. */
function downloadRejects(file: Chosen, report: SessionImportReport) {
  const rows = readCsvRows(file.text);
  const header = rows[0] ?? [];
  const out = [['Row', 'Problem', ...header]];
  for (const r of report.rejected)
    out.push([String(r.line), readableReason(r.reason), ...(rows[r.line - 1] ?? [])]);
  saveFile(`${file.name.replace(/\.[^.]+$/, '')}-rows-to-fix.csv`, toCsv(out));
}

function Report({ file, report }: { file: Chosen; report: SessionImportReport }) {
  const rows = readCsvRows(file.text);
  const titleAt = (rows[0] ?? []).findIndex((h) => /^\s*(title|name|session|event)\s*$/i.test(h));
  return (
    <>
      <dl className="tally" aria-label="What the check found">
        <div className="tally__item">
          <dt>Rows read</dt>
          <dd>{report.received}</dd>
        </div>
        <div className="tally__item tally__item--came">
          <dt>Ready to import</dt>
          <dd>{report.imported}</dd>
        </div>
        <div className={`tally__item${report.rejected.length ? ' tally__item--missed' : ''}`}>
          <dt>With a problem</dt>
          <dd>{report.rejected.length}</dd>
        </div>
      </dl>
      {report.rejected.length ? (
        <section className="rejects" aria-labelledby="rejects-title">
          <h3 className="rejects__title" id="rejects-title">
            {report.rejected.length === 1 ? 'This row needs fixing' : 'These rows need fixing'}
          </h3>
          <p className="rejects__lead">
            Row numbers are as your spreadsheet shows them, with the headings in row 1.
            {report.imported
              ? report.rejected.length === 1
                ? ' Importing now leaves this row out: fix it, and import it afterwards.'
                : ' Importing now leaves these rows out: fix them, and import them afterwards.'
              : ''}
          </p>
          <ul className="rejects__list">
            {report.rejected.map((r) => (
              <li className="rejects__item" key={r.line}>
                <span className="rejects__line">Row {r.line}</span>
                <span className="rejects__reason">
                  {titleAt >= 0 && rows[r.line - 1]?.[titleAt] ? (
                    <span className="rejects__what">{rows[r.line - 1]![titleAt]}: </span>
                  ) : null}
                  {readableReason(r.reason)}
                </span>
              </li>
            ))}
          </ul>
          <Button variant="secondary" onClick={() => downloadRejects(file, report)}>
            <DownloadIcon />
            Download the rows to fix (CSV)
          </Button>
        </section>
      ) : (
        <p className="import__ok">Every row is ready to import.</p>
      )}
    </>
  );
}

/** Import a season of sessions: choose a file, see what would happen, then import the good rows. */
export function ImportPage() {
  useDocumentTitle('Import canvass sessions');
  const navigate = useNavigate();
  const [file, setFile] = useState<Chosen | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const check = useSessionImportCheck();
  const run = useSessionImport();

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const picked = event.target.files?.[0];
    event.target.value = '';
    if (!picked) return;
    check.reset();
    run.reset();
    setFile(null);
    if (picked.size > MAX_BYTES) {
      setFileProblem('That file is larger than 5 MB. Split it and import each part.');
      return;
    }
    setFileProblem(null);
    const chosen = { name: picked.name, text: await picked.text() };
    setFile(chosen);
    check.mutate(chosen.text);
  }

  function confirm() {
    if (!file || run.isPending) return;
    run.mutate(file.text, {
      onSuccess: (report) => {
        const notice: SessionsNotice = { imported: report.imported };
        void navigate('/admin/sessions', { state: notice });
      },
    });
  }

  const report = check.data;
  return (
    <>
      <AdminHeader
        eyebrow="Canvass sessions"
        title="Import from a spreadsheet"
        back={{ to: '/admin/sessions', label: 'All sessions' }}
      >
        <p>
          Save your list of sessions as a CSV file. We check every row first and import nothing until you say
          so.
        </p>
      </AdminHeader>

      <div className="admin-layout">
        <div className="admin-layout__main">
          <section className="card import" aria-labelledby="import-step">
            <h2 className="import__title" id="import-step">
              {report ? 'Check what will be imported' : 'Choose your file'}
            </h2>
            <div className="import__pick">
              <label className={`button ${file ? 'button--secondary' : 'button--primary'} file-pick`}>
                <UploadIcon />
                {file ? 'Choose a different file' : 'Choose a CSV file'}
                <input
                  className="visually-hidden"
                  type="file"
                  accept=".csv,text/csv"
                  onChange={(e) => void choose(e)}
                />
              </label>
              {file ? (
                <p className="import__file">
                  <FileIcon />
                  <span>{file.name}</span>
                </p>
              ) : (
                <p className="import__hint">
                  A .csv file, up to 5 MB. Excel and Google Sheets can both save one.
                </p>
              )}
            </div>
            <FormAlert message={fileProblem} />
            {check.isPending ? <Loading label={`Checking ${file?.name ?? 'the file'}…`} /> : null}
            <FormAlert message={check.error?.message} />
            {file && report ? <Report file={file} report={report} /> : null}
            {report && report.imported > 0 ? (
              <div className="import__confirm">
                <FormAlert message={run.error?.message} />
                <div className="form-actions">
                  <Button busy={run.isPending} busyLabel="Importing…" onClick={confirm}>
                    Import {sessions(report.imported)}
                  </Button>
                  <Link className="button button--secondary" to="/admin/sessions">
                    Don&rsquo;t import
                  </Link>
                </div>
              </div>
            ) : null}
            {report && report.imported === 0 ? (
              <p className="import__none">
                Nothing in this file can be imported yet. Fix the rows above and choose the file again.
              </p>
            ) : null}
          </section>
        </div>

        <aside className="admin-layout__side" aria-label="How to lay out the file">
          <section className="card tool">
            <h2 className="tool__title">What the file needs</h2>
            <p className="tool__lead">One session a row, with headings in the first row. Any order works.</p>
            <ul className="columns">
              {IMPORT_COLUMNS.map((c) => (
                <li key={c.header}>
                  <span className="columns__name">
                    {c.header}
                    {c.also ? <span className="columns__also"> or {c.also}</span> : null}
                  </span>
                  <span className="columns__what">{c.what}</span>
                </li>
              ))}
            </ul>
            <Button variant="secondary" className="tool__link" onClick={downloadTemplate}>
              <DownloadIcon />
              Download a template
            </Button>
          </section>
        </aside>
      </div>
    </>
  );
}
