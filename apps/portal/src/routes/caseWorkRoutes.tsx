import type { RouteObject } from 'react-router-dom';
import {
  canRefer,
  canSeeCaseContent,
  canSeeDashboard,
  canBreakGlass,
  canTriage,
  canViewCaseAsAgency,
} from '../features/auth/utils/permissions';
import { guarded, page } from './guarded';
import { lazyPage } from './lazyPage';

const AgreedApproachPage = lazyPage(
  () => import('../pages/AgreedApproachPage'),
  'AgreedApproachPage',
);
const BreakGlassPage = lazyPage(() => import('../pages/BreakGlassPage'), 'BreakGlassPage');
const CaseDetailPage = lazyPage(() => import('../pages/CaseDetailPage'), 'CaseDetailPage');
const CasesPage = lazyPage(() => import('../pages/CasesPage'), 'CasesPage');
const CaseViewAsPage = lazyPage(() => import('../pages/CaseViewAsPage'), 'CaseViewAsPage');
const DashboardPage = lazyPage(() => import('../pages/DashboardPage'), 'DashboardPage');
const MyActionsPage = lazyPage(() => import('../pages/MyActionsPage'), 'MyActionsPage');
const NotificationsPage = lazyPage(() => import('../pages/NotificationsPage'), 'NotificationsPage');
const ReferralPage = lazyPage(() => import('../pages/ReferralPage'), 'ReferralPage');
const TriagePage = lazyPage(() => import('../pages/TriagePage'), 'TriagePage');

/** Case work: cases, referral and triage, the agreed-approach lookup, dashboard and follow-up. */
export const caseWorkRoutes: RouteObject[] = [
  guarded('dossiers', canSeeCaseContent, CasesPage),
  guarded('dossiers/openen-buiten-deelname', canBreakGlass, BreakGlassPage),
  guarded('dossiers/:caseId', canSeeCaseContent, CaseDetailPage),
  guarded('dossiers/:caseId/bekijk-als/:agencyId', canViewCaseAsAgency, CaseViewAsPage),
  guarded('aanmelden', canRefer, ReferralPage),
  guarded('triage', canTriage, TriagePage),
  // Every signed-in partner may look up whether an agreed approach exists.
  page('afsprakenkaart', AgreedApproachPage),
  guarded('overzicht', canSeeDashboard, DashboardPage),
  guarded('meldingen', canSeeCaseContent, NotificationsPage),
  guarded('mijn-acties', canSeeCaseContent, MyActionsPage),
];
