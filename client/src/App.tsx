import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { MeGate } from './components/MeGate';
import { PageLoading } from './components/PageLoading';

// Every scene is its own chunk: a volunteer's phone opening the calling screen downloads neither the
// organiser pages nor zod, which only the password forms use.
const SignIn = lazy(() => import('./scenes/SignIn').then((m) => ({ default: m.SignIn })));
const Setup = lazy(() => import('./scenes/Setup').then((m) => ({ default: m.Setup })));
const InviteScene = lazy(() => import('./scenes/InviteScene').then((m) => ({ default: m.InviteScene })));
const SignedInLayout = lazy(() =>
  import('./components/SignedInLayout').then((m) => ({ default: m.SignedInLayout })),
);
const Home = lazy(() => import('./scenes/home/Home').then((m) => ({ default: m.Home })));
const NotFound = lazy(() => import('./scenes/NotFound').then((m) => ({ default: m.NotFound })));
const JoinScene = lazy(() => import('./scenes/join/JoinScene').then((m) => ({ default: m.JoinScene })));
const CallScene = lazy(() => import('./scenes/call/CallScene').then((m) => ({ default: m.CallScene })));
const PracticeScene = lazy(() =>
  import('./scenes/call/PracticeScene').then((m) => ({ default: m.PracticeScene })),
);
const AdminRoutes = lazy(() =>
  import('./scenes/admin/AdminRoutes').then((m) => ({ default: m.AdminRoutes })),
);
const AboutPage = lazy(() => import('./scenes/about/AboutPage').then((m) => ({ default: m.AboutPage })));
const DashboardScene = lazy(() =>
  import('./scenes/dashboard/DashboardScene').then((m) => ({ default: m.DashboardScene })),
);

export function App() {
  return (
    <MeGate>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/signin" element={<SignIn />} />
          <Route path="/setup" element={<Setup />} />
          <Route path="/invite" element={<InviteScene />} />
          <Route path="/about" element={<AboutPage />} />
          <Route path="/join/:token" element={<JoinScene />} />
          <Route path="/call/:campaignId" element={<CallScene />} />
          <Route path="/call/:campaignId/practice" element={<PracticeScene />} />
          <Route element={<SignedInLayout />}>
            <Route index element={<Home />} />
            <Route path="/admin/*" element={<AdminRoutes />} />
            <Route path="/dashboard/:campaignId" element={<DashboardScene />} />
          </Route>
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </MeGate>
  );
}
