import { Link } from 'react-router-dom';

/** A coordinator on an organiser's page: told so, and sent home. */
export function OrganisersOnly({ what }: { what: string }) {
  return (
    <section className="card lost" aria-labelledby="organisers-only-title">
      <h2 className="lost__title" id="organisers-only-title">
        {what}
      </h2>
      <p className="lost__text">
        You&rsquo;re a coordinator. Ask an organiser if someone wants to know what we hold about them, or to
        be forgotten.
      </p>
      <Link className="button button--primary" to="/">
        Go to your home
      </Link>
    </section>
  );
}
