import { lazy, Suspense } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router-dom';
import { Loading } from '../../components/admin/LoadProblem';
import { StaffOnly } from '../../components/admin/StaffOnly';
import '../../styles/admin.css';

// Each page is its own chunk too: a coordinator marking attendance on a phone needs none of the seat picker.
const SessionsPage = lazy(() => import('./SessionsPage').then((m) => ({ default: m.SessionsPage })));
const SessionFormPage = lazy(() => import('./SessionFormPage').then((m) => ({ default: m.SessionFormPage })));
const SessionPage = lazy(() => import('./SessionPage').then((m) => ({ default: m.SessionPage })));
const AttendancePage = lazy(() => import('./AttendancePage').then((m) => ({ default: m.AttendancePage })));
const ImportPage = lazy(() => import('./ImportPage').then((m) => ({ default: m.ImportPage })));
const CampaignsPage = lazy(() => import('./CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const CampaignEditorPage = lazy(() =>
  import('./CampaignEditorPage').then((m) => ({ default: m.CampaignEditorPage })),
);
const ScriptPage = lazy(() => import('./ScriptPage').then((m) => ({ default: m.ScriptPage })));
const ContactsImportPage = lazy(() =>
  import('./ContactsImportPage').then((m) => ({ default: m.ContactsImportPage })),
);
const ExportPage = lazy(() => import('./ExportPage').then((m) => ({ default: m.ExportPage })));
const TeamPage = lazy(() => import('./TeamPage').then((m) => ({ default: m.TeamPage })));
const PeoplePage = lazy(() => import('./PeoplePage').then((m) => ({ default: m.PeoplePage })));
const AuditLogPage = lazy(() => import('./AuditLogPage').then((m) => ({ default: m.AuditLogPage })));
const SeatPickerPage = lazy(() => import('./SeatPickerPage').then((m) => ({ default: m.SeatPickerPage })));

/** An address under /admin that is none of these pages; the top bar stays, so this is not NotFound. */
function NoSuchPage() {
  const { pathname } = useLocation();
  return (
    <section className="card lost" aria-labelledby="lost-title">
      <h1 className="lost__title" id="lost-title">
        We can&rsquo;t find that page
      </h1>
      <p className="lost__text">
        There is nothing at <code className="code-inline">{pathname}</code>. The link may be incomplete.
      </p>
      <Link className="button button--primary" to="/admin/sessions">
        Go to canvass sessions
      </Link>
    </section>
  );
}

/** The organiser and coordinator pages, under /admin. */
export function AdminRoutes() {
  return (
    <div className="admin">
      <Suspense fallback={<Loading label="Opening the page…" />}>
        <Routes>
          <Route element={<StaffOnly />}>
            <Route path="sessions" element={<SessionsPage />} />
            <Route path="sessions/new" element={<SessionFormPage />} />
            <Route path="sessions/import" element={<ImportPage />} />
            <Route path="sessions/:id" element={<SessionPage />} />
            <Route path="sessions/:id/edit" element={<SessionFormPage />} />
            <Route path="sessions/:id/attendance" element={<AttendancePage />} />
            <Route path="campaigns" element={<CampaignsPage />} />
            <Route path="campaigns/new" element={<CampaignEditorPage />} />
            <Route path="campaigns/:id" element={<CampaignEditorPage />} />
            <Route path="campaigns/:id/script" element={<ScriptPage />} />
            <Route path="campaigns/:id/import" element={<ContactsImportPage />} />
            <Route path="campaigns/:id/export" element={<ExportPage />} />
            <Route path="campaigns/:id/seats" element={<SeatPickerPage />} />
            <Route path="team" element={<TeamPage />} />
            <Route path="people" element={<PeoplePage />} />
            <Route path="audit" element={<AuditLogPage />} />
          </Route>
          <Route path="*" element={<NoSuchPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}
