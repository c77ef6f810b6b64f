import type { Column, FilePreview } from './contactFile';
import { FIELD_NAMES } from './contactFile';

/** "Phone", "Custom field", "Phone, where Mobile is blank". */
function readAs(c: Column): string {
  if (!c.header) return 'Left out: no heading';
  if (!c.field) return 'Custom field';
  const name = FIELD_NAMES[c.field];
  return c.fallbackFor ? `${name}, where ${c.fallbackFor} is blank` : name;
}

function Mapping({ columns }: { columns: Column[] }) {
  return (
    <ul className="mapping" aria-label="How each column will be read">
      {columns.map((c, i) => (
        <li className={`mapping__item${c.field ? ' mapping__item--field' : ''}`} key={`${c.header}-${i}`}>
          <span className="mapping__header">{c.header || `Column ${i + 1}`}</span>
          <span className="mapping__arrow" aria-hidden="true">
            →
          </span>
          <span className="visually-hidden"> read as </span>
          <span className="mapping__field">{readAs(c)}</span>
          {c.header && !c.field ? <code className="mapping__merge">{`{{custom.${c.header}}}`}</code> : null}
        </li>
      ))}
    </ul>
  );
}

/** The file's first rows under their headings, each heading with the field it becomes. */
export function ColumnPreview({ preview }: { preview: FilePreview }) {
  const { columns, rows, missing } = preview;
  return (
    <section className="column-preview" aria-labelledby="column-preview-title">
      <h3 className="column-preview__title" id="column-preview-title">
        How your columns will be read
      </h3>
      {missing.phone ? (
        <p className="transfer-warning">
          <strong>We can&rsquo;t find a phone column.</strong> Name the column with the numbers Phone or
          Mobile, or every row will be turned down.
        </p>
      ) : null}
      {missing.name ? (
        <p className="transfer-warning">
          <strong>We can&rsquo;t find a name column.</strong> Callers need a first name: name a column First
          name or Name.
        </p>
      ) : null}
      <Mapping columns={columns} />
      <p className="column-preview__note">
        Custom fields are kept with each person, and a script can use them, such as{' '}
        <code className="code-inline">{'{{custom.Ward}}'}</code>.
      </p>
      {rows.length ? (
        <div className="preview-table" role="region" aria-labelledby="preview-table-caption" tabIndex={0}>
          <table>
            <caption id="preview-table-caption">
              The first {rows.length === 1 ? 'row' : `${rows.length} rows`} of the file
            </caption>
            <thead>
              <tr>
                <th scope="col" className="preview-table__line">
                  Row
                </th>
                {columns.map((c, i) => (
                  <th scope="col" key={`${c.header}-${i}`}>
                    <span className="preview-table__header">{c.header || `Column ${i + 1}`}</span>
                    <span className={`preview-table__field${c.field ? '' : ' preview-table__field--custom'}`}>
                      {c.field ? FIELD_NAMES[c.field] : c.header ? 'Custom' : 'Left out'}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.line}>
                  <th scope="row" className="preview-table__line">
                    {r.line}
                  </th>
                  {columns.map((c, i) => (
                    <td key={`${c.header}-${i}`}>{r.cells[i] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="transfer-warning">This file has headings but no rows under them.</p>
      )}
    </section>
  );
}
