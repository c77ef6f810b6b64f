import { Link, useLocation } from 'react-router-dom';
import { AppShell } from '../components/AppShell';
import { AuthFrame } from '../components/AuthFrame';
import { useDocumentTitle } from '../hooks/useDocumentTitle';
import { useLoadedMe } from '../hooks/useMe';

const TITLE = 'We can’t find that page';

export function NotFound() {
  useDocumentTitle('Page not found');
  const { pathname } = useLocation();
  const { user } = useLoadedMe();
  const explanation = (
    <p>
      There is nothing at <code className="code-inline">{pathname}</code>. The link may be incomplete, or the
      page may have moved.
    </p>
  );

  // Signed-in people keep their top bar, so the way back is where it always is.
  if (user) {
    return (
      <AppShell user={user}>
        <section className="card lost" aria-labelledby="lost-title">
          <h1 className="lost__title" id="lost-title">
            {TITLE}
          </h1>
          <div className="lost__text">{explanation}</div>
          <Link className="button button--primary" to="/">
            Go to your home
          </Link>
        </section>
      </AppShell>
    );
  }
  return (
    <AuthFrame title={TITLE} intro={explanation}>
      <Link className="button button--primary button--block" to="/">
        Go to sign in
      </Link>
    </AuthFrame>
  );
}
