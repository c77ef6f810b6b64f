import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { JoinBody } from '../../../../protocol';
import { ApiError } from '../../api/http';
import { fieldErrorFromApi } from '../../api/formErrors';
import { Button } from '../../components/Button';
import { EmailField } from '../../components/EmailField';
import { FormAlert } from '../../components/FormAlert';
import { TextField } from '../../components/TextField';

type Field = keyof JoinBody;
const FIELDS: readonly Field[] = ['name', 'email', 'phone'];
const NAMES: Record<Field, string> = { name: 'Your name', email: 'Email address', phone: 'Phone number' };

// Only what a person can fix before sending; the server checks the rest and its message lands under
// the field it names.
function problems(values: Record<Field, string>): Partial<Record<Field, string>> {
  const found: Partial<Record<Field, string>> = {};
  if (!values.name.trim()) found.name = 'Enter your name';
  if (!values.email.trim()) found.email = 'Enter your email address';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) {
    found.email = 'Enter an email address like name@example.org';
  }
  return found;
}

interface JoinFormProps {
  busy: boolean;
  error: unknown;
  onJoin: (body: JoinBody) => void;
  initial?: Partial<Record<Field, string>>;
}

/** Name, email and (optionally) phone: all a volunteer gives to start calling. */
export function JoinForm({ busy, error, onJoin, initial = {} }: JoinFormProps) {
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<Field, string>>({ name: '', email: '', phone: '', ...initial });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const fromServer = fieldErrorFromApi(error, FIELDS);
  const serverSays = Object.entries(fromServer ?? {}).map(([f, m]) => [f, `${NAMES[f as Field]} ${m}`]);
  const shown: Partial<Record<Field, string>> = { ...Object.fromEntries(serverSays), ...errors };
  const staffEmail = error instanceof ApiError && error.error === 'conflict';
  const formMessage = error instanceof Error && !fromServer ? error.message : null;

  const change = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors(({ [field]: _fixed, ...rest }) => rest);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const found = problems(values);
    setErrors(found);
    const first = FIELDS.find((f) => f in found);
    if (first) {
      const input = form.current?.elements.namedItem(first);
      if (input instanceof HTMLElement) input.focus();
      return;
    }
    const phone = values.phone.trim();
    onJoin({ name: values.name.trim(), email: values.email.trim(), ...(phone ? { phone } : {}) });
  }

  return (
    <form className="form" ref={form} onSubmit={submit} noValidate>
      <TextField
        label="Your name"
        name="name"
        autoComplete="name"
        required
        value={values.name}
        error={shown.name}
        onChange={(e) => change('name', e.target.value)}
      />
      <EmailField
        label="Email address"
        required
        hint="Use the same one next time and you’ll carry on where you left off."
        value={values.email}
        error={shown.email}
        onChange={(e) => change('email', e.target.value)}
      />
      <TextField
        label="Phone number (optional)"
        name="phone"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        hint="In case a coordinator needs to reach you tonight."
        value={values.phone}
        error={shown.phone}
        onChange={(e) => change('phone', e.target.value)}
      />
      <FormAlert message={formMessage} />
      {staffEmail ? (
        <p className="join__signin">
          <Link to="/signin">Sign in with your password</Link> instead.
        </p>
      ) : null}
      <Button type="submit" block busy={busy} busyLabel="Joining…">
        Start calling
      </Button>
    </form>
  );
}
