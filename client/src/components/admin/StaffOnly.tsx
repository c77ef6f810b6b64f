import { Link, Outlet } from 'react-router-dom';
import { useLoadedMe } from '../../hooks/useMe';

/** The organiser pages' gate: callers are told where to go instead of seeing pages that would refuse them. */
export function StaffOnly() {
  const { user } = useLoadedMe();
  if (user && user.role !== 'caller') return <Outlet />;
  return (
    <section className="card lost" aria-labelledby="staff-only-title">
      <h1 className="lost__title" id="staff-only-title">
        This page is for organisers and coordinators
      </h1>
      <p className="lost__text">
        You&rsquo;re signed in as a caller. Your campaigns and the calling screen are on your home page.
      </p>
      <Link className="button button--primary" to="/">
        Go to your home
      </Link>
    </section>
  );
}
