import { useSearchParams } from 'react-router-dom';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { OrganisersOnly } from '../../components/admin/OrganisersOnly';
import { PeopleResults, PeopleSearchForm } from '../../components/admin/PeopleSearch';
import { PersonRecord } from '../../components/admin/PersonRecord';
import { PrivacyTabs } from '../../components/admin/PrivacyTabs';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useLoadedMe } from '../../hooks/useMe';
import { usePeopleSearch, usePerson } from '../../hooks/usePrivacy';
import '../../styles/admin-form.css';
import '../../styles/privacy.css';

/** What the buttons here do, in the words a request from the public uses. */
function PrivacyHelp() {
  return (
    <aside className="admin-layout__side" aria-label="About these requests">
      <section className="card tool privacy-help">
        <h2 className="tool__title">When someone asks</h2>
        <dl className="privacy-help__list">
          <dt>&ldquo;What do you hold about me?&rdquo;</dt>
          <dd>
            <strong>Download everything we hold</strong> gives one file with their record, every campaign,
            call, note, answer, booking and text. Send it to them within a month.
          </dd>
          <dt>&ldquo;Delete my data.&rdquo;</dt>
          <dd>
            <strong>Erase</strong> removes their details and what callers wrote about them. Their calls still
            count in the numbers, without a name.
          </dd>
          <dt>&ldquo;Stop calling me.&rdquo;</dt>
          <dd>
            The <strong>never-call list</strong> covers every campaign. Only an organiser can take someone off
            it, with a reason.
          </dd>
        </dl>
        <p className="privacy-help__note">Every download, erasure and change here is in the audit log.</p>
      </section>
    </aside>
  );
}

/** Find one person across every campaign; download what is held about them, erase them, or change their opt-out. */
export function PeoplePage() {
  useDocumentTitle('People');
  const { user } = useLoadedMe();
  const organiser = user?.role === 'organiser';
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const id = Number(params.get('id')) || null;
  const search = usePeopleSearch(organiser ? q : '');
  const person = usePerson(organiser ? id : null);

  const go = (next: { q?: string; id?: number | null }) => {
    const p = new URLSearchParams();
    const nq = next.q ?? q;
    if (nq) p.set('q', nq);
    const nid = next.id === undefined ? id : next.id;
    if (nid) p.set('id', String(nid));
    setParams(p);
  };

  return (
    <>
      <AdminHeader eyebrow="Privacy" title="People" back={{ to: '/', label: 'Home' }}>
        <p>
          Find someone across every campaign to answer a request about their data: what we hold, erasing it,
          or never calling them again.
        </p>
      </AdminHeader>
      {organiser ? <PrivacyTabs /> : null}
      {organiser ? (
        <div className="admin-layout">
          <div className="admin-layout__main privacy">
            <PeopleSearchForm initial={q} key={q} onSearch={(text) => go({ q: text, id: null })} />
            {q ? <QueryStatus query={search} loading="Searching…" /> : null}
            {q && search.data ? (
              <PeopleResults result={search.data} selected={id} onOpen={(pid) => go({ id: pid })} />
            ) : null}
            {id ? <QueryStatus query={person} loading="Opening their record…" /> : null}
            {id && person.data ? <PersonRecord person={person.data} /> : null}
          </div>
          <PrivacyHelp />
        </div>
      ) : (
        <OrganisersOnly what="Finding, downloading and erasing people’s data is for organisers" />
      )}
    </>
  );
}
