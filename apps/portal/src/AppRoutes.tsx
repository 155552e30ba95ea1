import { useEffect } from 'react';
import { matchRoutes, Outlet, useLocation, useRoutes, type RouteObject } from 'react-router-dom';
import { RequireSession } from './features/auth/components/RequireSession';
import { useSession } from './features/auth/hooks/useSession';
import { ACTIVATION_PATH } from './features/activation/utils/activationPath';
import {
  FORGOT_PASSWORD_PATH,
  LOGIN_PATH,
  RESET_PASSWORD_PATH,
} from './features/auth/utils/safeReturnPath';
import { STEP_UP_DONE_PATH } from './features/mfa/utils/stepUpDonePath';
import { AppShell } from './features/shell/components/AppShell';
import { LoadingScreen } from './features/shell/components/LoadingScreen';
import { PublicLayout } from './features/shell/components/PublicLayout';
import { SessionAwareLayout } from './features/shell/components/SessionAwareLayout';
import { adminRoutes } from './routes/adminRoutes';
import { casePrintRoutes, caseWorkRoutes } from './routes/caseWorkRoutes';
import { page, type PageHandle } from './routes/guarded';
import { lazyPage } from './routes/lazyPage';
import { meetingRoutes } from './routes/meetingRoutes';
import { privacyRoutes } from './routes/privacyRoutes';
import { ssoRoutes } from './routes/ssoRoutes';

// Every page is its own chunk; the layouts around them (MainContent) show a loading state.
const AccountPage = lazyPage(() => import('./pages/AccountPage'), 'AccountPage');
const ActivationPage = lazyPage(() => import('./pages/ActivationPage'), 'ActivationPage');
const ForgotPasswordPage = lazyPage(
  () => import('./pages/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const ResetPasswordPage = lazyPage(() => import('./pages/ResetPasswordPage'), 'ResetPasswordPage');
const StepUpDonePage = lazyPage(() => import('./pages/StepUpDonePage'), 'StepUpDonePage');
const HomePage = lazyPage(() => import('./pages/HomePage'), 'HomePage');
const LoginPage = lazyPage(() => import('./pages/LoginPage'), 'LoginPage');
const NotFoundPage = lazyPage(() => import('./pages/NotFoundPage'), 'NotFoundPage');

/** The login page, every signed-in page inside the shell (per area), and "not found". */
const routes: RouteObject[] = [
  {
    path: LOGIN_PATH,
    element: (
      <PublicLayout>
        <LoginPage.Component />
      </PublicLayout>
    ),
    handle: { preload: LoginPage.preload } satisfies PageHandle,
  },
  {
    // An activation link (issue 15): public, the token is in the fragment.
    path: ACTIVATION_PATH,
    element: (
      <PublicLayout>
        <ActivationPage.Component />
      </PublicLayout>
    ),
    handle: { preload: ActivationPage.preload } satisfies PageHandle,
  },
  {
    path: FORGOT_PASSWORD_PATH,
    element: (
      <PublicLayout>
        <ForgotPasswordPage.Component />
      </PublicLayout>
    ),
    handle: { preload: ForgotPasswordPage.preload } satisfies PageHandle,
  },
  {
    path: RESET_PASSWORD_PATH,
    element: (
      <PublicLayout>
        <ResetPasswordPage.Component />
      </PublicLayout>
    ),
    handle: { preload: ResetPasswordPage.preload } satisfies PageHandle,
  },
  {
    // The end of a step-up at the agency's provider, in the window the prompt opened.
    path: STEP_UP_DONE_PATH,
    element: (
      <PublicLayout>
        <StepUpDonePage.Component />
      </PublicLayout>
    ),
    handle: { preload: StepUpDonePage.preload } satisfies PageHandle,
  },
  ...casePrintRoutes,
  {
    element: (
      <RequireSession>
        <AppShell>
          <Outlet />
        </AppShell>
      </RequireSession>
    ),
    children: [
      {
        index: true,
        element: <HomePage.Component />,
        handle: { preload: HomePage.preload } satisfies PageHandle,
      },
      page('account', AccountPage),
      ...caseWorkRoutes,
      ...meetingRoutes,
      ...privacyRoutes,
      ...adminRoutes,
      ...ssoRoutes,
    ],
  },
  {
    path: '*',
    element: (
      <SessionAwareLayout>
        <NotFoundPage.Component />
      </SessionAwareLayout>
    ),
    handle: { preload: NotFoundPage.preload } satisfies PageHandle,
  },
];

const preloadedPaths = new Set<string>();

/** Starts loading the chunks of the page at `pathname` (once per page; see lazyPage). */
export function preloadPageAt(pathname: string): void {
  // Matching ranks every route again; the first page is asked for twice (main.tsx, the effect).
  if (preloadedPaths.has(pathname)) return;
  preloadedPaths.add(pathname);
  for (const match of matchRoutes(routes, pathname) ?? [])
    void (match.route.handle as PageHandle | undefined)?.preload();
}

export function AppRoutes() {
  const { session } = useSession();
  const { pathname } = useLocation();
  const element = useRoutes(routes);
  // The page's chunk loads while the API is asked for the session, not after (main.tsx starts
  // the first page's before the first render; this one each page navigated to).
  useEffect(() => preloadPageAt(pathname), [pathname]);
  // Until the API has said whether there is a session, no route can decide what to show.
  if (session.status === 'loading') return <LoadingScreen />;
  return element;
}
