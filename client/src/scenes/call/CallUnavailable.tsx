import { Link } from 'react-router-dom';
import { ApiError } from '../../api/http';
import { AuthFrame } from '../../components/AuthFrame';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';

const homeLink = (
  <Link className="button button--primary button--block" to="/">
    Go to your home
  </Link>
);

/** The calling screen cannot open: not signed in, not a caller of this campaign, or no such campaign. */
export function CallUnavailable({ error }: { error: unknown }) {
  useDocumentTitle('Calling unavailable');
  if (error instanceof ApiError && error.error === 'forbidden') {
    return (
      <AuthFrame title="You can’t call for this campaign" intro={<p>{error.message}.</p>}>
        {homeLink}
      </AuthFrame>
    );
  }
  if (error instanceof ApiError && error.error === 'not_found') {
    return (
      <AuthFrame
        title="We can’t find that campaign"
        intro={<p>The link may be incomplete. Open the join link your organiser sent you again.</p>}
      >
        {homeLink}
      </AuthFrame>
    );
  }
  const message = error instanceof Error ? error.message : 'Ringround could not be reached.';
  return (
    <AuthFrame title="The calling screen didn’t load" intro={<p>{message}</p>}>
      <button
        type="button"
        className="button button--primary button--block"
        onClick={() => location.reload()}
      >
        Try again
      </button>
    </AuthFrame>
  );
}

/** Signed out, or the session ran out: callers have no password, so their way back is the join link. */
export function SessionEnded() {
  useDocumentTitle('Open your join link');
  return (
    <AuthFrame
      title="Open your join link to carry on"
      intro={
        <p>
          You&rsquo;re not signed in on this browser any more. Open the join link your organiser sent you and
          enter the same email address: you&rsquo;ll carry on where you left off.
        </p>
      }
      aside={
        <p>
          <strong>Organiser or coordinator?</strong> <Link to="/signin">Sign in with your password</Link>.
        </p>
      }
    />
  );
}
