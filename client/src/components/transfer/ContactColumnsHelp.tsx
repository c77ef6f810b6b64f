import type { ContactField } from '../../../../protocol/contactColumns';
import { DownloadIcon } from '../admin/adminIcons';
import { saveFile, toCsv } from '../admin/csvFile';
import { Button } from '../Button';
import { FIELD_NAMES, FIELD_USES, fieldAliases } from './contactFile';

const ORDER: ContactField[] = [
  'phone',
  'firstName',
  'lastName',
  'fullName',
  'email',
  'postcode',
  'externalId',
];

const TEMPLATE = [
  ['First name', 'Last name', 'Mobile', 'Email', 'Postcode', 'Ward'],
  ['Amira', 'Haddad', '07700 900123', 'amira@example.org', 'BS5 6AW', 'Easton'],
];

/** The side panel: which headings the import recognises, and a template to start from. */
export function ContactColumnsHelp() {
  return (
    <section className="card tool" aria-labelledby="columns-help-title">
      <h2 className="tool__title" id="columns-help-title">
        What the file needs
      </h2>
      <p className="tool__lead">
        One person a row, with headings in the first row, in any order. Headings are matched whatever their
        case or spacing.
      </p>
      <dl className="field-help">
        {ORDER.map((field) => (
          <div className="field-help__item" key={field}>
            <dt>
              {FIELD_NAMES[field]}
              <span className="field-help__also"> · {fieldAliases(field).join(', ')}</span>
            </dt>
            <dd>{FIELD_USES[field]}</dd>
          </div>
        ))}
        <div className="field-help__item">
          <dt>Anything else</dt>
          <dd>Kept as a custom field the script can show, such as {'{{custom.Ward}}'}</dd>
        </div>
      </dl>
      <p className="tool__lead">
        Someone already in Ringround (the same phone number) is updated, not added twice. Numbers on the
        opt-out list are imported but never called.
      </p>
      <Button
        variant="secondary"
        className="tool__link"
        onClick={() => saveFile('signups-template.csv', toCsv(TEMPLATE))}
      >
        <DownloadIcon />
        Download a template
      </Button>
    </section>
  );
}
