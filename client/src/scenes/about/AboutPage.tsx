import { Link } from 'react-router-dom';
import { AppShell } from '../../components/AppShell';
import { BrandMark } from '../../components/BrandMark';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useLoadedMe } from '../../hooks/useMe';
import '../../styles/about.css';

// The attribution the postcode, boundary and election data require (../shared/geo/README.md), word for word.
const ATTRIBUTION = [
  'Contains OS data © Crown copyright and database right 2025',
  'Contains Royal Mail data © Royal Mail copyright and database right 2025',
  'Source: Office for National Statistics licensed under the Open Government Licence v.3.0',
  'Constituency boundaries: Source: Office for National Statistics licensed under the Open Government Licence v.3.0; Contains OS data © Crown copyright and database right 2024',
  'Election results: Contains Parliamentary information licensed under the Open Parliament Licence v3.0 (House of Commons Library, General election 2024 results, CBP-10009)',
];
const NORTHERN_IRELAND =
  'Northern Ireland (BT) postcode locations are Land & Property Services data under their own terms and are not covered by the statement above.';

function About() {
  return (
    <article className="about">
      <header className="about__header">
        <p className="page__eyebrow">About</p>
        <h1 className="page__title">About Ringround</h1>
        <p className="page__lead">
          Ringround is a phonebank for volunteer organising. It turns the people who sign up online into
          people on a doorstep.
        </p>
      </header>

      <section className="card about__section" aria-labelledby="about-how">
        <h2 className="about__title" id="about-how">
          How it works
        </h2>
        <ul className="about__points">
          <li>A campaign imports its signups. Volunteers join with a link and call them one at a time.</li>
          <li>
            Each caller sees the script and the canvass sessions nearest the person they are talking to, and
            can book them onto one in a single tap.
          </li>
          <li>
            Calling hours and retry rules are kept for you, so nobody is called twice or too late, and anyone
            who asks not to be called again never is.
          </li>
          <li>
            Coordinators watch the night live; after each session the host marks who came, so the campaign
            sees how many calls became canvassers.
          </li>
        </ul>
      </section>

      <section className="card about__section" aria-labelledby="about-data">
        <h2 className="about__title" id="about-data">
          Where the map data comes from
        </h2>
        <p className="about__text">
          Postcodes are placed, and sessions matched to their Westminster seat, using open data from the
          Office for National Statistics, Ordnance Survey, Royal Mail and the House of Commons Library.
        </p>
        <ul className="attribution">
          {ATTRIBUTION.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className="about__text">{NORTHERN_IRELAND}</p>
        <p className="about__links">
          <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/">
            Open Government Licence v3.0
          </a>
          <a href="https://www.parliament.uk/site-information/copyright-parliament/open-parliament-licence/">
            Open Parliament Licence v3.0
          </a>
        </p>
      </section>

      <section className="card about__section" aria-labelledby="about-software">
        <h2 className="about__title" id="about-software">
          The software
        </h2>
        <p className="about__text">
          Ringround is free software, licensed under the GNU Affero General Public License, version 3 or
          later.
        </p>
      </section>
    </article>
  );
}

/** What Ringround is, and the attribution its open data requires. Open to everyone, signed in or not. */
export function AboutPage() {
  useDocumentTitle('About');
  const { user } = useLoadedMe();
  if (user) {
    return (
      <AppShell user={user}>
        <About />
      </AppShell>
    );
  }
  return (
    <div className="public">
      <header className="public__bar">
        <Link to="/" className="topbar__home" aria-label="Ringround home">
          <BrandMark />
        </Link>
        <Link className="button button--secondary" to="/signin">
          Sign in
        </Link>
      </header>
      <main className="page" id="main" tabIndex={-1}>
        <About />
      </main>
    </div>
  );
}
