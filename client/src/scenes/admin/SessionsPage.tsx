import { Link, useLocation, useSearchParams } from 'react-router-dom';
import type { CanvassSession } from '../../../../protocol';
import { AdminHeader } from '../../components/admin/AdminHeader';
import { PlusIcon, TargetIcon, UploadIcon } from '../../components/admin/adminIcons';
import { QueryStatus } from '../../components/admin/LoadProblem';
import { PostcodeCheck } from '../../components/admin/PostcodeCheck';
import { SessionList } from '../../components/admin/SessionList';
import { EmptyState } from '../../components/EmptyState';
import { FormAlert } from '../../components/FormAlert';
import { SessionIcon } from '../../components/icons';
import { useDocumentTitle } from '../../hooks/useDocumentTitle';
import { useSessions } from '../../hooks/useSessions';
import '../../styles/admin-sessions.css';

/** What the form leaves behind after adding a session, to say so here. */
export interface SessionsNotice {
  added?: { id: number; title: string };
  imported?: number;
}

function Tabs({ past }: { past: boolean }) {
  return (
    <nav className="tabs" aria-label="Which sessions">
      <Link className="tabs__tab" to="/admin/sessions" aria-current={past ? undefined : 'page'}>
        Upcoming
      </Link>
      <Link className="tabs__tab" to="/admin/sessions?show=past" aria-current={past ? 'page' : undefined}>
        Past
      </Link>
    </nav>
  );
}

function NoSessions({ past }: { past: boolean }) {
  if (past) {
    return (
      <EmptyState icon={<SessionIcon />} title="No sessions have happened yet">
        <p>Once a session is over it moves here, where you can mark who came.</p>
      </EmptyState>
    );
  }
  return (
    <EmptyState icon={<SessionIcon />} title="No upcoming canvass sessions">
      <p>
        Add the sessions you are running, or import a whole season from a spreadsheet. Callers then offer each
        signup the nearest one with places left.
      </p>
      <div className="button-row empty__actions">
        <Link className="button button--primary" to="/admin/sessions/new">
          Add a session
        </Link>
        <Link className="button button--secondary" to="/admin/sessions/import">
          Import from a spreadsheet
        </Link>
      </div>
    </EmptyState>
  );
}

/** Upcoming sessions, with those that began in the last day set apart for marking attendance. */
function Upcoming({ sessions, highlight }: { sessions: CanvassSession[]; highlight?: number }) {
  const now = Date.now();
  const started = sessions.filter((s) => Date.parse(s.startsAt) <= now && !s.cancelledAt);
  const ahead = sessions.filter((s) => !started.includes(s));
  return (
    <>
      {started.length ? (
        <section className="session-group" aria-labelledby="just-happened">
          <h2 className="session-group__title" id="just-happened">
            Just happened: mark who came
          </h2>
          <SessionList sessions={started} />
        </section>
      ) : null}
      <section className="session-group" aria-labelledby="coming-up">
        <h2 className="session-group__title" id="coming-up">
          Coming up <span className="session-group__count">({ahead.length})</span>
        </h2>
        {ahead.length ? <SessionList sessions={ahead} highlight={highlight} /> : <NoSessions past={false} />}
      </section>
    </>
  );
}

export function SessionsPage() {
  const [params] = useSearchParams();
  const past = params.get('show') === 'past';
  useDocumentTitle(past ? 'Past canvass sessions' : 'Canvass sessions');
  const sessions = useSessions(past);
  const notice = (useLocation().state as SessionsNotice | null) ?? {};
  const now = Date.now();
  const shown = past
    ? (sessions.data ?? []).filter((s) => Date.parse(s.startsAt) < now).reverse()
    : (sessions.data ?? []);

  return (
    <>
      <AdminHeader
        eyebrow="Canvassing"
        title="Canvass sessions"
        actions={
          <>
            <Link className="button button--primary" to="/admin/sessions/new">
              <PlusIcon />
              Add a session
            </Link>
            <Link className="button button--secondary" to="/admin/sessions/import">
              <UploadIcon />
              Import from a spreadsheet
            </Link>
          </>
        }
      >
        <p>
          The doorstep sessions callers invite people to. Each signup is offered the nearest with places left.
        </p>
      </AdminHeader>

      {notice.added ? (
        <FormAlert tone="info" message={`Added “${notice.added.title}”. Callers can offer it from now on.`} />
      ) : null}
      {notice.imported !== undefined ? (
        <FormAlert
          tone="info"
          message={`Imported ${notice.imported} ${notice.imported === 1 ? 'session' : 'sessions'}.`}
        />
      ) : null}

      <div className="admin-layout">
        <div className="admin-layout__main">
          <Tabs past={past} />
          <QueryStatus query={sessions} loading="Loading sessions…" />
          {sessions.data && past ? (
            shown.length ? (
              <SessionList sessions={shown} />
            ) : (
              <NoSessions past />
            )
          ) : null}
          {sessions.data && !past ? (
            sessions.data.length ? (
              <Upcoming sessions={shown} highlight={notice.added?.id} />
            ) : (
              <NoSessions past={false} />
            )
          ) : null}
        </div>
        <aside className="admin-layout__side" aria-label="Tools">
          <PostcodeCheck />
          <section className="card tool" aria-labelledby="targets-title">
            <h2 className="tool__title" id="targets-title">
              Target seats
            </h2>
            <p className="tool__lead">
              When two sessions are as near as each other, callers are offered the one in a target seat first.
            </p>
            <Link className="button button--secondary tool__link" to="/admin/campaigns">
              <TargetIcon />
              Choose target seats
            </Link>
          </section>
        </aside>
      </div>
    </>
  );
}
