import { useLoadedMe } from '../../hooks/useMe';
import { CallerHome } from './CallerHome';
import { CoordinatorHome } from './CoordinatorHome';
import { OrganiserHome } from './OrganiserHome';

/** Each role starts somewhere different; SignedInLayout has already made sure someone is signed in. */
export function Home() {
  const { user } = useLoadedMe();
  if (!user) return null;
  switch (user.role) {
    case 'organiser':
      return <OrganiserHome user={user} />;
    case 'coordinator':
      return <CoordinatorHome user={user} />;
    case 'caller':
      return <CallerHome user={user} />;
  }
}
