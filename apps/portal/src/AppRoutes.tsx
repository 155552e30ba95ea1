import { Outlet, useRoutes, type RouteObject } from 'react-router-dom';
import { RequireSession } from './features/auth/components/RequireSession';
import { useSession } from './features/auth/hooks/useSession';
import { LOGIN_PATH } from './features/auth/utils/safeReturnPath';
import { AppShell } from './features/shell/components/AppShell';
import { LoadingScreen } from './features/shell/components/LoadingScreen';
import { PublicLayout } from './features/shell/components/PublicLayout';
import { SessionAwareLayout } from './features/shell/components/SessionAwareLayout';
import { AccountPage } from './pages/AccountPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { caseWorkRoutes } from './routes/caseWorkRoutes';
import { meetingRoutes } from './routes/meetingRoutes';
import { privacyRoutes } from './routes/privacyRoutes';

/** The login page, every signed-in page inside the shell (per area), and "not found". */
const routes: RouteObject[] = [
  {
    path: LOGIN_PATH,
    element: (
      <PublicLayout>
        <LoginPage />
      </PublicLayout>
    ),
  },
  {
    element: (
      <RequireSession>
        <AppShell>
          <Outlet />
        </AppShell>
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'account', element: <AccountPage /> },
      ...caseWorkRoutes,
      ...meetingRoutes,
      ...privacyRoutes,
    ],
  },
  {
    path: '*',
    element: (
      <SessionAwareLayout>
        <NotFoundPage />
      </SessionAwareLayout>
    ),
  },
];

export function AppRoutes() {
  const { session } = useSession();
  const page = useRoutes(routes);
  // Until the API has said whether there is a session, no route can decide what to show.
  if (session.status === 'loading') return <LoadingScreen />;
  return page;
}
