import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { User } from '../../../protocol';
import { TopBar } from './TopBar';

/** The frame of every signed-in page: a skip link, the top bar, and the page itself. */
export function AppShell({ user, children }: { user: User; children: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <TopBar user={user} />
      <main className="page" id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="shell__footer">
        <Link to="/about">About Ringround and its data</Link>
      </footer>
    </div>
  );
}
