import type { RouteObject } from 'react-router-dom';
import {
  canRefer,
  canSeeCaseContent,
  canSeeDashboard,
  canTriage,
  canViewCaseAsAgency,
} from '../features/auth/utils/permissions';
import { AgreedApproachPage } from '../pages/AgreedApproachPage';
import { CaseDetailPage } from '../pages/CaseDetailPage';
import { CasesPage } from '../pages/CasesPage';
import { CaseViewAsPage } from '../pages/CaseViewAsPage';
import { DashboardPage } from '../pages/DashboardPage';
import { MyActionsPage } from '../pages/MyActionsPage';
import { NotificationsPage } from '../pages/NotificationsPage';
import { ReferralPage } from '../pages/ReferralPage';
import { TriagePage } from '../pages/TriagePage';
import { guarded } from './guarded';

/** Case work: cases, referral and triage, the agreed-approach lookup, dashboard and follow-up. */
export const caseWorkRoutes: RouteObject[] = [
  guarded('dossiers', canSeeCaseContent, <CasesPage />),
  guarded('dossiers/:caseId', canSeeCaseContent, <CaseDetailPage />),
  guarded('dossiers/:caseId/bekijk-als/:agencyId', canViewCaseAsAgency, <CaseViewAsPage />),
  guarded('aanmelden', canRefer, <ReferralPage />),
  guarded('triage', canTriage, <TriagePage />),
  // Every signed-in partner may look up whether an agreed approach exists.
  { path: 'afsprakenkaart', element: <AgreedApproachPage /> },
  guarded('overzicht', canSeeDashboard, <DashboardPage />),
  guarded('meldingen', canSeeCaseContent, <NotificationsPage />),
  guarded('mijn-acties', canSeeCaseContent, <MyActionsPage />),
];
