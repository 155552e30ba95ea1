import type { RouteObject } from 'react-router-dom';
import {
  canRefer,
  canSeeCaseContent,
  canSeeDashboard,
  canSeeOutcomeReport,
  canBreakGlass,
  canTriage,
  canViewCaseAsAgency,
} from '../features/auth/utils/permissions';
import { RequireAccess } from '../features/auth/components/RequireAccess';
import { RequireSession } from '../features/auth/components/RequireSession';
import { MainContent } from '../features/shell/components/MainContent';
import { guarded, page, type PageHandle } from './guarded';
import { lazyPage } from './lazyPage';

const AgreedApproachPage = lazyPage(
  () => import('../pages/AgreedApproachPage'),
  'AgreedApproachPage',
);
const BreakGlassPage = lazyPage(() => import('../pages/BreakGlassPage'), 'BreakGlassPage');
const CaseDetailPage = lazyPage(() => import('../pages/CaseDetailPage'), 'CaseDetailPage');
const CasePlanPrintPage = lazyPage(() => import('../pages/CasePlanPrintPage'), 'CasePlanPrintPage');
const CasesPage = lazyPage(() => import('../pages/CasesPage'), 'CasesPage');
const AreaWorkloadPage = lazyPage(() => import('../pages/AreaWorkloadPage'), 'AreaWorkloadPage');
const CaseViewAsPage = lazyPage(() => import('../pages/CaseViewAsPage'), 'CaseViewAsPage');
const DashboardPage = lazyPage(() => import('../pages/DashboardPage'), 'DashboardPage');
const MyActionsPage = lazyPage(() => import('../pages/MyActionsPage'), 'MyActionsPage');
const NotificationsPage = lazyPage(() => import('../pages/NotificationsPage'), 'NotificationsPage');
const OutcomeReportPage = lazyPage(() => import('../pages/OutcomeReportPage'), 'OutcomeReportPage');
const ReferralPage = lazyPage(() => import('../pages/ReferralPage'), 'ReferralPage');
const SearchPage = lazyPage(() => import('../pages/SearchPage'), 'SearchPage');
const TriagePage = lazyPage(() => import('../pages/TriagePage'), 'TriagePage');
const VolunteerCouplingsPage = lazyPage(
  () => import('../pages/VolunteerCouplingsPage'),
  'VolunteerCouplingsPage',
);
const VolunteerCouplingPage = lazyPage(
  () => import('../pages/VolunteerCouplingPage'),
  'VolunteerCouplingPage',
);

/** Case work: cases, referral and triage, the agreed-approach lookup, dashboard and follow-up. */
export const caseWorkRoutes: RouteObject[] = [
  guarded('dossiers', canSeeCaseContent, CasesPage),
  guarded('dossiers/openen-buiten-deelname', canBreakGlass, BreakGlassPage),
  guarded('dossiers/:caseId', canSeeCaseContent, CaseDetailPage),
  guarded('zoeken', canSeeCaseContent, SearchPage),
  guarded('mijn-gebied', canSeeCaseContent, AreaWorkloadPage),
  guarded('dossiers/:caseId/bekijk-als/:agencyId', canViewCaseAsAgency, CaseViewAsPage),
  guarded('aanmelden', canRefer, ReferralPage),
  guarded('triage', canTriage, TriagePage),
  // Every signed-in partner may look up whether an agreed approach exists.
  page('afsprakenkaart', AgreedApproachPage),
  guarded('overzicht', canSeeDashboard, DashboardPage),
  guarded('rapportage', canSeeOutcomeReport, OutcomeReportPage),
  guarded('meldingen', canSeeCaseContent, NotificationsPage),
  guarded('mijn-acties', canSeeCaseContent, MyActionsPage),
  // A volunteer organisation's coordinator (the page says so to anyone else).
  guarded('koppelverzoeken', canSeeCaseContent, VolunteerCouplingsPage),
  guarded('koppelverzoeken/:couplingId', canSeeCaseContent, VolunteerCouplingPage),
];

/** Pages for paper, outside the shell: no header, menu or footer, only the page's own content. */
export const casePrintRoutes: RouteObject[] = [
  {
    path: 'dossiers/:caseId/plan/afdrukken',
    element: (
      <RequireSession>
        <div className="schakel-layout">
          <MainContent className="schakel-main--print">
            <RequireAccess allowed={canSeeCaseContent}>
              <CasePlanPrintPage.Component />
            </RequireAccess>
          </MainContent>
        </div>
      </RequireSession>
    ),
    handle: { preload: CasePlanPrintPage.preload } satisfies PageHandle,
  },
];
