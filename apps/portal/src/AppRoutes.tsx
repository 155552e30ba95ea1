import { Outlet, Route, Routes } from 'react-router-dom';
import { RequireAccess } from './features/auth/components/RequireAccess';
import { RequireSession } from './features/auth/components/RequireSession';
import { useSession } from './features/auth/hooks/useSession';
import {
  canPlanMeetings,
  canReadCovenant,
  canReadRetention,
  canRefer,
  canSeeCaseContent,
  canSeeDashboard,
  canTriage,
  canViewCaseAsAgency,
} from './features/auth/utils/permissions';
import { LOGIN_PATH } from './features/auth/utils/safeReturnPath';
import { canUsePrivacyOffice } from './features/privacy-office/utils/canUsePrivacyOffice';
import { canHandleDataSubjectRequests } from './features/data-subject-requests/utils/canHandleDataSubjectRequests';
import { canReviewDataSubjectRequestParts } from './features/data-subject-requests/utils/canReviewDataSubjectRequestParts';
import { AppShell } from './features/shell/components/AppShell';
import { LoadingScreen } from './features/shell/components/LoadingScreen';
import { PublicLayout } from './features/shell/components/PublicLayout';
import { SessionAwareLayout } from './features/shell/components/SessionAwareLayout';
import { AccountPage } from './pages/AccountPage';
import { AgreedApproachPage } from './pages/AgreedApproachPage';
import { CaseDetailPage } from './pages/CaseDetailPage';
import { CasesPage } from './pages/CasesPage';
import { CaseViewAsPage } from './pages/CaseViewAsPage';
import { CovenantPage } from './pages/CovenantPage';
import { DashboardPage } from './pages/DashboardPage';
import { HomePage } from './pages/HomePage';
import { LoginPage } from './pages/LoginPage';
import { MeetingPage } from './pages/MeetingPage';
import { MeetingPlannerPage } from './pages/MeetingPlannerPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { MyActionsPage } from './pages/MyActionsPage';
import { NotificationsPage } from './pages/NotificationsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PrivacyAuditTrailPage } from './pages/PrivacyAuditTrailPage';
import { DataSubjectRequestPage } from './pages/DataSubjectRequestPage';
import { DataSubjectRequestsPage } from './pages/DataSubjectRequestsPage';
import { DataSubjectRequestPartReviewPage } from './pages/DataSubjectRequestPartReviewPage';
import { DataSubjectRequestPartTasksPage } from './pages/DataSubjectRequestPartTasksPage';
import { NewDataSubjectRequestPage } from './pages/NewDataSubjectRequestPage';
import { PrivacyBreakGlassPage } from './pages/PrivacyBreakGlassPage';
import { PrivacySignalsPage } from './pages/PrivacySignalsPage';
import { ReferralPage } from './pages/ReferralPage';
import { RetentionPage } from './pages/RetentionPage';
import { TriagePage } from './pages/TriagePage';

export function AppRoutes() {
  const { session } = useSession();
  // Until the API has said whether there is a session, no route can decide what to show.
  if (session.status === 'loading') return <LoadingScreen />;

  return (
    <Routes>
      <Route
        path={LOGIN_PATH}
        element={
          <PublicLayout>
            <LoginPage />
          </PublicLayout>
        }
      />
      <Route
        element={
          <RequireSession>
            <AppShell>
              <Outlet />
            </AppShell>
          </RequireSession>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="account" element={<AccountPage />} />
        <Route
          path="dossiers"
          element={
            <RequireAccess allowed={canSeeCaseContent}>
              <CasesPage />
            </RequireAccess>
          }
        />
        <Route
          path="dossiers/:caseId"
          element={
            <RequireAccess allowed={canSeeCaseContent}>
              <CaseDetailPage />
            </RequireAccess>
          }
        />
        <Route
          path="dossiers/:caseId/bekijk-als/:agencyId"
          element={
            <RequireAccess allowed={canViewCaseAsAgency}>
              <CaseViewAsPage />
            </RequireAccess>
          }
        />
        <Route
          path="aanmelden"
          element={
            <RequireAccess allowed={canRefer}>
              <ReferralPage />
            </RequireAccess>
          }
        />
        <Route
          path="triage"
          element={
            <RequireAccess allowed={canTriage}>
              <TriagePage />
            </RequireAccess>
          }
        />
        <Route path="afsprakenkaart" element={<AgreedApproachPage />} />
        <Route
          path="overzicht"
          element={
            <RequireAccess allowed={canSeeDashboard}>
              <DashboardPage />
            </RequireAccess>
          }
        />
        <Route
          path="meldingen"
          element={
            <RequireAccess allowed={canSeeCaseContent}>
              <NotificationsPage />
            </RequireAccess>
          }
        />
        <Route
          path="mijn-acties"
          element={
            <RequireAccess allowed={canSeeCaseContent}>
              <MyActionsPage />
            </RequireAccess>
          }
        />
        <Route
          path="overleggen"
          element={
            <RequireAccess allowed={canSeeCaseContent}>
              <MeetingsPage />
            </RequireAccess>
          }
        />
        <Route
          path="overleggen/nieuw"
          element={
            <RequireAccess allowed={canPlanMeetings}>
              <MeetingPlannerPage />
            </RequireAccess>
          }
        />
        <Route
          path="overleggen/:meetingId"
          element={
            <RequireAccess allowed={canSeeCaseContent}>
              <MeetingPage />
            </RequireAccess>
          }
        />
        <Route
          path="convenant"
          element={
            <RequireAccess allowed={canReadCovenant}>
              <CovenantPage />
            </RequireAccess>
          }
        />
        <Route
          path="privacy/audittrail"
          element={
            <RequireAccess allowed={canUsePrivacyOffice}>
              <PrivacyAuditTrailPage />
            </RequireAccess>
          }
        />
        <Route
          path="privacy/break-the-glass"
          element={
            <RequireAccess allowed={canUsePrivacyOffice}>
              <PrivacyBreakGlassPage />
            </RequireAccess>
          }
        />
        <Route
          path="privacy/signalen"
          element={
            <RequireAccess allowed={canUsePrivacyOffice}>
              <PrivacySignalsPage />
            </RequireAccess>
          }
        />
        <Route
          path="privacy/verzoeken"
          element={
            <RequireAccess allowed={canHandleDataSubjectRequests}>
              <DataSubjectRequestsPage />
            </RequireAccess>
          }
        />
        <Route
          path="privacy/verzoeken/nieuw"
          element={
            <RequireAccess allowed={canHandleDataSubjectRequests}>
              <NewDataSubjectRequestPage />
            </RequireAccess>
          }
        />
        <Route
          path="privacy/verzoeken/:requestId"
          element={
            <RequireAccess allowed={canHandleDataSubjectRequests}>
              <DataSubjectRequestPage />
            </RequireAccess>
          }
        />
        <Route
          path="privacy/mijn-verzoeken"
          element={
            <RequireAccess allowed={canReviewDataSubjectRequestParts}>
              <DataSubjectRequestPartTasksPage />
            </RequireAccess>
          }
        />
        <Route
          path="privacy/mijn-verzoeken/:partId"
          element={
            <RequireAccess allowed={canReviewDataSubjectRequestParts}>
              <DataSubjectRequestPartReviewPage />
            </RequireAccess>
          }
        />
        <Route
          path="privacy/bewaartermijnen"
          element={
            <RequireAccess allowed={canReadRetention}>
              <RetentionPage />
            </RequireAccess>
          }
        />
      </Route>
      <Route
        path="*"
        element={
          <SessionAwareLayout>
            <NotFoundPage />
          </SessionAwareLayout>
        }
      />
    </Routes>
  );
}
