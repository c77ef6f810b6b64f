import { useRef, useState } from 'react';
import type { z } from 'zod';
import { fieldErrorFromApi, fieldErrorsFrom } from '../api/formErrors';
import type { FieldErrors } from '../api/formErrors';

/** How a field is named to people, and what to ask for when it has been left empty. */
export interface FieldText {
  label: string;
  empty: string;
}

/** Puts the keyboard on the first field with a problem, in the order the form shows them. */
function focusFirstInvalid(form: HTMLFormElement | null, order: readonly string[], errors: object): void {
  const first = order.find((name) => name in errors);
  const input = first ? form?.elements.namedItem(first) : null;
  if (input instanceof HTMLElement) input.focus();
}

/**
 * The values and messages of a small form checked with a protocol schema. Messages read as sentences:
 * "Enter your email address" for an empty field, "Password must be at least 12 characters" otherwise,
 * and a 400 from the server that names a field lands under that field.
 */
export function useFormFields<K extends string>(fields: Record<K, FieldText>, serverError: unknown) {
  const names = Object.keys(fields) as K[];
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(
    () => Object.fromEntries(names.map((n) => [n, ''])) as Record<K, string>,
  );
  const [errors, setErrors] = useState<FieldErrors<K>>({});
  const fromServer = fieldErrorFromApi(serverError, names);
  const shown: FieldErrors<K> = { ...fromServer, ...errors };

  function change(field: K, value: string): void {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest as FieldErrors<K>);
  }

  /** The parsed body when the form is fine; otherwise shows what is wrong, focuses it, and gives null. */
  function check<S extends z.ZodType>(schema: S, extra: object = {}): z.infer<S> | null {
    const parsed = schema.safeParse({ ...values, ...extra });
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    const found = fieldErrorsFrom<K>(parsed.error);
    setErrors(found);
    focusFirstInvalid(form.current, names, found);
    return null;
  }

  function errorFor(field: K): string | undefined {
    const problem = shown[field];
    if (!problem) return undefined;
    return values[field].trim() ? `${fields[field].label} ${problem}` : fields[field].empty;
  }

  /** The server's message when it is about the whole form rather than one field. */
  const formMessage = serverError instanceof Error && !fromServer ? serverError.message : null;

  return { form, values, change, check, errorFor, formMessage };
}
