import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field } from './Field';
import type { FieldFrameProps } from './Field';

export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>, Omit<FieldFrameProps, 'className'> {
  /** Sits inside the input's right edge, e.g. a show-password button. */
  trailing?: ReactNode;
}

/** A labelled input whose hint and error are read out with it. */
export function TextField({ label, hint, error, trailing, className, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error} className={className}>
      {(control) => (
        <div className={`field__control${trailing ? ' field__control--trailing' : ''}`}>
          <input {...input} {...control} className="field__input" />
          {trailing}
        </div>
      )}
    </Field>
  );
}
