import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** Why the dashboard cannot show, and the way back. */
export function DashboardUnavailable({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="card lost" aria-labelledby="dash-unavailable">
      <h1 className="lost__title" id="dash-unavailable">
        {title}
      </h1>
      <p className="lost__text">{children}</p>
      <Link className="button button--primary" to="/">
        Go to your home page
      </Link>
    </section>
  );
}
