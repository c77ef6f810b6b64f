import { Link } from 'react-router-dom';
import { AuthFrame } from '../components/AuthFrame';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

interface SetupUnavailableProps {
  /** 'used': an organiser exists already. 'no-link': the page was opened without the link's token. */
  reason: 'used' | 'no-link';
  signedIn: boolean;
}

/** The setup page when there is nothing to set up, or no token to set it up with. */
export function SetupUnavailable({ reason, signedIn }: SetupUnavailableProps) {
  useDocumentTitle(reason === 'used' ? 'Setup link used' : 'Set up Ringround');
  if (reason === 'no-link') {
    return (
      <AuthFrame
        title="Open your setup link"
        intro={
          <>
            <p>
              Ringround has no organiser yet. The first one is created from a one-time setup link, printed by
              the server when it first started. It looks like this:
            </p>
            <p className="code-sample">http://your-server/setup#k3Jd…</p>
            <p>Copy the whole link, including everything after the #, into the address bar.</p>
          </>
        }
      />
    );
  }
  return (
    <AuthFrame
      title="This setup link has been used"
      intro={
        <p>
          Ringround is already set up with an organiser, so this one-time link no longer works.
          {signedIn
            ? ' You are signed in and can carry on.'
            : ' Sign in with your email and password instead.'}
        </p>
      }
    >
      <Link className="button button--primary button--block" to={signedIn ? '/' : '/signin'}>
        {signedIn ? 'Go to your home' : 'Go to sign in'}
      </Link>
    </AuthFrame>
  );
}
