import type { Campaign } from '../../../../protocol';
import type { ExportKind } from '../../api/transfer';
import { EXPORT_COLUMNS, EXPORT_KINDS } from './exportText';

/** The columns of the chosen export, with the campaign's own question columns named. */
export function ExportColumns({ kind, campaign }: { kind: ExportKind; campaign: Campaign }) {
  const questions = campaign.script.questions;
  return (
    <section className="card tool" aria-labelledby="export-columns-title">
      <h2 className="tool__title" id="export-columns-title">
        {EXPORT_KINDS[kind].label} columns
      </h2>
      <p className="tool__lead">In this order, with the headings in the first row.</p>
      <dl className="field-help">
        {EXPORT_COLUMNS[kind].map(([column, what]) => (
          <div className="field-help__item" key={column}>
            <dt>
              <code className="export-column">{column}</code>
            </dt>
            {what ? <dd>{what}</dd> : null}
          </div>
        ))}
      </dl>
      {kind === 'contacts' && questions.length ? (
        <p className="tool__lead">
          This campaign&rsquo;s questions:{' '}
          {questions.map((q, i) => (
            <span key={q.key}>
              {i ? ', ' : ''}
              <code className="export-column">q_{q.key}</code> ({q.label})
            </span>
          ))}
          .
        </p>
      ) : null}
    </section>
  );
}
