import { Link } from 'react-router-dom';
import type { User } from '../../../protocol';
import { useSignOut } from '../hooks/useAuthActions';
import { Avatar } from './Avatar';
import { BrandMark } from './BrandMark';
import { Button } from './Button';
import { FormAlert } from './FormAlert';
import { ROLE_NAMES } from './names';

/** Product name, who is signed in and as what, and the way out. */
export function TopBar({ user }: { user: User }) {
  const signOut = useSignOut();
  return (
    <header className="topbar">
      <div className="topbar__inner">
        <Link to="/" className="topbar__home" aria-label="Ringround home">
          <BrandMark />
        </Link>
        <div className="topbar__user">
          <Avatar name={user.name} />
          <p className="topbar__who">
            <span className="topbar__name">{user.name}</span>
            <span className="topbar__role">{ROLE_NAMES[user.role]}</span>
          </p>
        </div>
        <Button
          variant="secondary"
          className="topbar__signout"
          busy={signOut.isPending}
          busyLabel="Signing out…"
          onClick={() => signOut.mutate()}
        >
          Sign out
        </Button>
      </div>
      {signOut.error ? (
        <div className="topbar__problem">
          <FormAlert message={`Could not sign out: ${signOut.error.message}`} />
        </div>
      ) : null}
    </header>
  );
}
