import { TextAreaField } from './TextAreaField';

/** Why: kept in the audit log, which outlives an erasure, so it asks for no personal details. */
export function ReasonField({
  label,
  value,
  error,
  onChange,
}: {
  label: string;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextAreaField
      label={label}
      hint="Kept in the audit log. Say how they asked and when, e.g. “Email of 12 Dec”; don’t write their name or number."
      value={value}
      error={error}
      rows={3}
      maxLength={500}
      required
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

/** The same rule as the server's: 3 to 500 characters once trimmed. */
export function reasonProblem(reason: string): string | undefined {
  const n = reason.trim().length;
  if (n === 0) return 'Give a reason: it is kept in the audit log';
  if (n < 3) return 'The reason must be at least 3 characters';
  return undefined;
}
