import { useId } from 'react';
import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field } from '../Field';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> {
  label: string;
  hint?: ReactNode;
  error?: string;
}

/** A labelled drop-down, read out with its hint and error like TextField. */
export function SelectField({ label, hint, error, className, children, ...select }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <select {...select} {...control} className="field__input campaign-select">
          {children}
        </select>
      )}
    </Field>
  );
}

interface CheckFieldProps {
  label: string;
  hint?: ReactNode;
  checked: boolean;
  disabled?: boolean;
  error?: string;
  name?: string;
  onChange: (checked: boolean) => void;
}

/** A checkbox with its label beside it and a hint under, both read out with it. */
export function CheckField({ label, hint, checked, disabled, error, name, onChange }: CheckFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className={`campaign-check${error ? ' field--invalid' : ''}`}>
      <input
        id={id}
        className="campaign-check__box"
        type="checkbox"
        name={name}
        data-field={name}
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <div className="campaign-check__text">
        <label className="campaign-check__label" htmlFor={id}>
          {label}
        </label>
        {hint ? (
          <p className="field__hint campaign-check__hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
