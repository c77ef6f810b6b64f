// The name and password a new account is made with, the same whether set up or invited.
import type { FieldText } from '../hooks/useFormFields';
import { PasswordField } from './PasswordField';
import { TextField } from './TextField';

export const NAME_FIELD: FieldText = { label: 'Your name', empty: 'Enter your name' };
export const NEW_PASSWORD_FIELD: FieldText = {
  label: 'Password',
  empty: 'Choose a password of at least 12 characters',
};

interface AccountFieldProps {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

export function NameField({ value, error, onChange }: AccountFieldProps) {
  return (
    <TextField
      label={NAME_FIELD.label}
      name="name"
      autoComplete="name"
      required
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** A password chosen now, so password managers offer to make and save one. */
export function NewPasswordField({ value, error, onChange }: AccountFieldProps) {
  return (
    <PasswordField
      label={NEW_PASSWORD_FIELD.label}
      name="password"
      autoComplete="new-password"
      required
      minLength={12}
      hint="At least 12 characters. Three or four unrelated words make one that is strong and easy to remember."
      value={value}
      error={error}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
