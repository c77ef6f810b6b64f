import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { useLoadedMe } from '../hooks/useMe';
import { AppShell } from './AppShell';

/** Pages for signed-in people: anyone else is sent to set up Ringround or to sign in. */
export function SignedInLayout() {
  const { user, needsSetup } = useLoadedMe();
  const location = useLocation();
  if (!user) {
    if (needsSetup) return <Navigate to="/setup" replace />;
    // Remember where they were going, so signing in takes them there.
    return <Navigate to="/signin" replace state={{ from: location.pathname + location.search }} />;
  }
  return (
    <AppShell user={user}>
      <Outlet />
    </AppShell>
  );
}
