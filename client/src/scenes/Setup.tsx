import type { FormEvent } from 'react';
import { Navigate } from 'react-router-dom';
import { setupBody } from '../../../protocol';
import { AuthFrame } from '../components/AuthFrame';
import { Button } from '../components/Button';
import { EmailField } from '../components/EmailField';
import { FormAlert } from '../components/FormAlert';
import { NAME_FIELD, NameField, NEW_PASSWORD_FIELD, NewPasswordField } from '../components/NewAccountFields';
import { useSetUp } from '../hooks/useAuthActions';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useFormFields } from '../hooks/useFormFields';
import { useLinkToken } from '../hooks/useLinkToken';
import { useLoadedMe } from '../hooks/useMe';
import { SetupUnavailable } from './SetupUnavailable';

const FIELDS = {
  name: NAME_FIELD,
  email: { label: 'Email address', empty: 'Enter your email address' },
  password: NEW_PASSWORD_FIELD,
};

/** Creating the first organiser from the one-time link; its token rides in the URL fragment. */
export function Setup() {
  useDocumentTitle('Set up Ringround');
  const me = useLoadedMe();
  const token = useLinkToken();
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
        <NameField value={values.name} error={errorFor('name')} onChange={(v) => change('name', v)} />
        <EmailField
          label={FIELDS.email.label}
          required
          value={values.email}
          error={errorFor('email')}
          onChange={(e) => change('email', e.target.value)}
        />
        <NewPasswordField
          value={values.password}
          error={errorFor('password')}
          onChange={(v) => change('password', v)}
        />
        <FormAlert message={formMessage} />
        <Button type="submit" block busy={setUp.isPending} busyLabel="Creating your account…">
          Create organiser account
        </Button>
      </form>
    </AuthFrame>
  );
}
