import { useRef } from 'react';
import { CONTACT_FIELDS, SESSION_FIELDS } from '../../../../protocol/mergeFields';
import { Field } from '../Field';

interface ScriptFieldProps {
  label: string;
  hint: string;
  name: string;
  value: string;
  error?: string;
  /** The sample contact's custom column, offered as {{custom.<column>}}. */
  customColumn: string;
  /** What the session fields are about: the nearest session, or the one they booked. */
  sessionLabel: string;
  rows?: number;
  onChange: (value: string) => void;
}

/** A script box with buttons that put a merge field (or bold) where the cursor is. */
export function ScriptField({
  label,
  hint,
  name,
  value,
  error,
  customColumn,
  sessionLabel,
  rows = 10,
  onChange,
}: ScriptFieldProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const column = customColumn.trim().replace(/[{}\s]+/g, '_');

  /** Replaces the selection with `text` (or wraps it in **), then puts the cursor back after it. */
  function insert(text: string, bold = false) {
    const el = area.current;
    if (!el) return;
    const [a, b] = [el.selectionStart, el.selectionEnd];
    const chosen = value.slice(a, b);
    const added = bold ? `**${chosen || 'bold words'}**` : text;
    onChange(value.slice(0, a) + added + value.slice(b));
    // After React has put the new text in the box; a bold placeholder is left selected to type over.
    const [from, to] = bold && !chosen ? [a + 2, a + added.length - 2] : [a + added.length, a + added.length];
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(from, to);
    });
  }

  return (
    <Field label={label} hint={hint} error={error} className="script-field">
      {(control) => (
        <>
          <div className="merge-bar" role="group" aria-label={`Insert into ${label.toLowerCase()}`}>
            <div className="merge-bar__group">
              <span className="merge-bar__name" aria-hidden="true">
                Contact
              </span>
              <div className="merge-bar__chips">
                {CONTACT_FIELDS.map((f) => (
                  <button
                    type="button"
                    className="merge-chip"
                    key={f.field}
                    title={`Inserts {{${f.field}}}`}
                    onClick={() => insert(`{{${f.field}}}`)}
                  >
                    {f.name}
                  </button>
                ))}
                {column ? (
                  <button
                    type="button"
                    className="merge-chip"
                    title={`Inserts {{custom.${column}}}`}
                    onClick={() => insert(`{{custom.${column}}}`)}
                  >
                    {customColumn.trim()}
                    <span className="visually-hidden"> (custom column)</span>
                  </button>
                ) : null}
              </div>
            </div>
            <div className="merge-bar__group">
              <span className="merge-bar__name" aria-hidden="true">
                {sessionLabel}
              </span>
              <div className="merge-bar__chips">
                {SESSION_FIELDS.map((f) => (
                  <button
                    type="button"
                    className="merge-chip"
                    key={f.field}
                    title={`Inserts {{${f.field}}}`}
                    onClick={() => insert(`{{${f.field}}}`)}
                  >
                    <span className="visually-hidden">{sessionLabel} </span>
                    {f.name}
                  </button>
                ))}
              </div>
            </div>
            <div className="merge-bar__group">
              <span className="merge-bar__name" aria-hidden="true">
                Style
              </span>
              <div className="merge-bar__chips">
                <button
                  type="button"
                  className="merge-chip merge-chip--bold"
                  aria-label="Bold: puts ** around the selected words"
                  title="Bold: puts ** around the selected words"
                  onClick={() => insert('', true)}
                >
                  B
                </button>
              </div>
            </div>
          </div>
          <textarea
            {...control}
            ref={area}
            name={name}
            data-field={name}
            rows={rows}
            className="field__input field__input--area script-field__area"
            value={value}
            spellCheck
            onChange={(e) => onChange(e.target.value)}
          />
        </>
      )}
    </Field>
  );
}
