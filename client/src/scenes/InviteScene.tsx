import type { FormEvent } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { acceptInviteBody } from '../../../protocol';
import { ApiError } from '../api/http';
import { AuthFrame } from '../components/AuthFrame';
import { Button } from '../components/Button';
import { FormAlert } from '../components/FormAlert';
import { PageLoading } from '../components/PageLoading';
import { NAME_FIELD, NameField, NEW_PASSWORD_FIELD, NewPasswordField } from '../components/NewAccountFields';
import { ROLE_NAMES } from '../components/names';
import { expiry, ROLE_WHAT } from '../components/team/teamText';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useFormFields } from '../hooks/useFormFields';
import { useLinkToken } from '../hooks/useLinkToken';
import { useLoadedMe } from '../hooks/useMe';
import { useAcceptInvite, useInviteLookup } from '../hooks/useTeam';
import '../styles/team.css';

const FIELDS = {
  name: NAME_FIELD,
  password: NEW_PASSWORD_FIELD,
};

function NoLink() {
  return (
    <AuthFrame
      title="Open your invite link"
      intro={
        <>
          <p>Organisers invite coordinators and other organisers with a one-time link. It looks like this:</p>
          <p className="code-sample">http://your-server/invite#k3Jd…</p>
          <p>Copy the whole link, including everything after the #, into the address bar.</p>
        </>
      }
    />
  );
}

function LinkGone({ signedIn }: { signedIn: boolean }) {
  return (
    <AuthFrame
      title="This invite link no longer works"
      intro={
        <p>
          It has expired, been used already, or been cancelled. Ask the organiser who invited you to send a
          new one. If you have already accepted it, sign in with the password you chose.
        </p>
      }
    >
      <Link className="button button--primary button--block" to={signedIn ? '/' : '/signin'}>
        {signedIn ? 'Go to your home' : 'Go to sign in'}
      </Link>
    </AuthFrame>
  );
}

/** /invite#<token>: whoever was invited picks their name and password, and is signed in. */
export function InviteScene() {
  useDocumentTitle('Accept your invite');
  const me = useLoadedMe();
  const token = useLinkToken();
  const lookup = useInviteLookup(token);
  const accept = useAcceptInvite();
  const { form, values, change, check, errorFor, formMessage } = useFormFields(FIELDS, accept.error);

  if (accept.isSuccess) return <Navigate to="/" replace />;
  if (!token) return <NoLink />;
  if (lookup.isError) {
    if (lookup.error instanceof ApiError && lookup.error.status === 404) {
      return <LinkGone signedIn={Boolean(me.user)} />;
    }
    return (
      <AuthFrame title="The invite didn’t load" intro={<p>{lookup.error.message}</p>}>
        <Button
          block
          busy={lookup.isFetching}
          busyLabel="Trying again…"
          onClick={() => void lookup.refetch()}
        >
          Try again
        </Button>
      </AuthFrame>
    );
  }
  if (!lookup.data) return <PageLoading label="Opening your invite…" />;
  const invite = lookup.data;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (accept.isPending) return;
    const body = check(acceptInviteBody, { token });
    if (body) accept.mutate(body);
  }

  return (
    <AuthFrame
      eyebrow="You’re invited"
      title={`Join Ringround as ${ROLE_NAMES[invite.role].toLowerCase()}`}
      intro={<p>{ROLE_WHAT[invite.role]} Choose your name and a password to start.</p>}
      aside={
        <p>
          This link works once, {expiry(invite.expiresAt)}. Afterwards, sign in with your email and this
          password.
        </p>
      }
    >
      <div className="invite-for">
        <span className="invite-for__role">Your account&rsquo;s email address</span>
        <span className="invite-for__email">{invite.email}</span>
      </div>
      {me.user ? (
        <FormAlert
          tone="info"
          message={`You’re signed in as ${me.user.name}. Accepting signs you in to the new account instead.`}
        />
      ) : null}
      <form className="form" ref={form} onSubmit={submit} noValidate>
        <NameField value={values.name} error={errorFor('name')} onChange={(v) => change('name', v)} />
        {/* For password managers: the account the new password belongs to. */}
        <input type="email" name="email" autoComplete="username" value={invite.email} readOnly hidden />
        <NewPasswordField
          value={values.password}
          error={errorFor('password')}
          onChange={(v) => change('password', v)}
        />
        <FormAlert message={formMessage} />
        <Button type="submit" block busy={accept.isPending} busyLabel="Creating your account…">
          Create my account
        </Button>
      </form>
    </AuthFrame>
  );
}
