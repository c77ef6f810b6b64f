import type { ImportRun } from '../../hooks/useContactImport';

const count = new Intl.NumberFormat('en-GB');

const PHASE: Record<ImportRun['phase'], (dryRun: boolean) => string> = {
  starting: () => 'Starting…',
  uploading: () => 'Sending the file…',
  reading: (dryRun) => (dryRun ? 'Checking rows…' : 'Importing rows…'),
  done: (dryRun) => (dryRun ? 'Check finished' : 'Import finished'),
};

/**
 * How far the import has got. The bar is a native <progress> (its width needs no inline style, which the
 * CSP forbids) inside a labelled progressbar; only the phase is announced, not every row count.
 */
export function ImportProgressBar({ run, dryRun }: { run: ImportRun; dryRun: boolean }) {
  const phase = PHASE[run.phase](dryRun);
  const rows = run.rowsRead
    ? `${count.format(run.rowsRead)} ${run.rowsRead === 1 ? 'row' : 'rows'} read`
    : '';
  return (
    <div className={`import-progress import-progress--${run.phase}`}>
      <div className="import-progress__text">
        <p className="import-progress__phase" role="status">
          {phase}
        </p>
        <p className="import-progress__numbers">
          {rows ? <span>{rows}</span> : null}
          <span className="import-progress__percent">{run.percent}%</span>
        </p>
      </div>
      <div
        className="import-progress__track"
        role="progressbar"
        aria-label={dryRun ? 'Checking the file' : 'Importing the file'}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={run.percent}
        aria-valuetext={[`${run.percent}%`, rows].filter(Boolean).join(', ')}
      >
        <progress className="import-progress__bar" max={100} value={run.percent} aria-hidden="true" />
      </div>
    </div>
  );
}
