import type { FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { setupBody } from '../../../protocol';
import { AuthFrame } from '../components/AuthFrame';
import { Button } from '../components/Button';
import { EmailField } from '../components/EmailField';
import { FormAlert } from '../components/FormAlert';
import { PasswordField } from '../components/PasswordField';
import { TextField } from '../components/TextField';
import { useSetUp } from '../hooks/useAuthActions';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useFormFields } from '../hooks/useFormFields';
import { useLoadedMe } from '../hooks/useMe';
import { SetupUnavailable } from './SetupUnavailable';

const FIELDS = {
  name: { label: 'Your name', empty: 'Enter your name' },
  email: { label: 'Email address', empty: 'Enter your email address' },
  password: { label: 'Password', empty: 'Choose a password of at least 12 characters' },
};

/** The token from the link's fragment; a mangled link (a stray %) reads as no token rather than a crash. */
function tokenFrom(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, '')).trim();
  } catch {
    return '';
  }
}

/** Creating the first organiser from the one-time link; its token rides in the URL fragment. */
export function Setup() {
  useDocumentTitle('Set up Ringround');
  const me = useLoadedMe();
  // The fragment never reaches the server or its logs, which is why the token travels there.
  const token = tokenFrom(useLocation().hash);
  const setUp = useSetUp();
  const { form, values, change, check, errorFor, formMessage } = useFormFields(FIELDS, setUp.error);

  // The new session lands in the cache before the mutation settles; either way, this is the way home.
  if (me.user && !setUp.isIdle) return <Navigate to="/" replace />;
  // Checked before the token: a used link still carries one, and the answer should be that it is used.
  if (!me.needsSetup) return <SetupUnavailable reason="used" signedIn={Boolean(me.user)} />;
  if (!token) return <SetupUnavailable reason="no-link" signedIn={Boolean(me.user)} />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (setUp.isPending) return;
    const body = check(setupBody, { token });
    if (body) setUp.mutate(body);
  }

  return (
    <AuthFrame
      title="Set up Ringround"
      intro={
        <p>
          Create the first organiser account. You&rsquo;ll be able to add coordinators and invite callers once
          you&rsquo;re in.
        </p>
      }
      aside={<p>This link works once. After this account is created, everyone signs in as usual.</p>}
    >
      <form className="form" ref={form} onSubmit={submit} noValidate>
        <TextField
          label={FIELDS.name.label}
          name="name"
          autoComplete="name"
          required
          value={values.name}
          error={errorFor('name')}
          onChange={(e) => change('name', e.target.value)}
        />
        <EmailField
          label={FIELDS.email.label}
          required
          value={values.email}
          error={errorFor('email')}
          onChange={(e) => change('email', e.target.value)}
        />
        <PasswordField
          label={FIELDS.password.label}
          name="password"
          autoComplete="new-password"
          required
          minLength={12}
          hint="At least 12 characters. Three or four unrelated words make one that is strong and easy to remember."
          value={values.password}
          error={errorFor('password')}
          onChange={(e) => change('password', e.target.value)}
        />
        <FormAlert message={formMessage} />
        <Button type="submit" block busy={setUp.isPending} busyLabel="Creating your account…">
          Create organiser account
        </Button>
      </form>
    </AuthFrame>
  );
}
