import type { FormEvent } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { loginBody } from '../../../protocol';
import { AuthFrame } from '../components/AuthFrame';
import { Button } from '../components/Button';
import { EmailField } from '../components/EmailField';
import { FormAlert } from '../components/FormAlert';
import { PasswordField } from '../components/PasswordField';
import { useSignIn } from '../hooks/useAuthActions';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useFormFields } from '../hooks/useFormFields';
import { useLoadedMe } from '../hooks/useMe';

const FIELDS = {
  email: { label: 'Email address', empty: 'Enter your email address' },
  password: { label: 'Password', empty: 'Enter your password' },
};

/** Where SignedInLayout sent the visitor from, if that was a page inside Ringround. */
function returnPath(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function SignIn() {
  useDocumentTitle('Sign in');
  const me = useLoadedMe();
  const location = useLocation();
  const signIn = useSignIn();
  const { form, values, change, check, errorFor, formMessage } = useFormFields(FIELDS, signIn.error);

  if (me.user) return <Navigate to={returnPath(location.state)} replace />;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (signIn.isPending) return;
    const body = check(loginBody);
    if (body) signIn.mutate(body);
  }

  return (
    <AuthFrame
      title="Sign in"
      intro={<p>Welcome back. Sign in to run your campaigns and watch tonight&rsquo;s calls.</p>}
      aside={
        <>
          <p>
            <strong>Calling tonight?</strong> Open the join link your organiser sent you. Callers don&rsquo;t
            need a password.
          </p>
          <p>Forgotten your password? Ask an organiser on your campaign to reset it.</p>
          <p>
            <Link to="/about">About Ringround and its data</Link>
          </p>
        </>
      }
    >
      {me.needsSetup ? (
        <FormAlert
          tone="info"
          message="Ringround has no organiser yet. Open the setup link printed by the server when it first started to create one."
        />
      ) : null}
      <form className="form" ref={form} onSubmit={submit} noValidate>
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
          autoComplete="current-password"
          required
          value={values.password}
          error={errorFor('password')}
          onChange={(e) => change('password', e.target.value)}
        />
        <FormAlert message={formMessage} />
        <Button type="submit" block busy={signIn.isPending} busyLabel="Signing in…">
          Sign in
        </Button>
      </form>
    </AuthFrame>
  );
}
