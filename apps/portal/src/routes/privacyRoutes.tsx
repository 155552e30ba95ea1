import type { RouteObject } from 'react-router-dom';
import { canReadCovenant, canReadRetention } from '../features/auth/utils/permissions';
import { canHandleDataSubjectRequests } from '../features/data-subject-requests/utils/canHandleDataSubjectRequests';
import { canReviewDataSubjectRequestParts } from '../features/data-subject-requests/utils/canReviewDataSubjectRequestParts';
import { canUsePrivacyOffice } from '../features/privacy-office/utils/canUsePrivacyOffice';
import { CovenantPage } from '../pages/CovenantPage';
import { DataSubjectRequestPage } from '../pages/DataSubjectRequestPage';
import { DataSubjectRequestPartReviewPage } from '../pages/DataSubjectRequestPartReviewPage';
import { DataSubjectRequestPartTasksPage } from '../pages/DataSubjectRequestPartTasksPage';
import { DataSubjectRequestsPage } from '../pages/DataSubjectRequestsPage';
import { NewDataSubjectRequestPage } from '../pages/NewDataSubjectRequestPage';
import { PrivacyAuditTrailPage } from '../pages/PrivacyAuditTrailPage';
import { PrivacyBreakGlassPage } from '../pages/PrivacyBreakGlassPage';
import { PrivacySignalsPage } from '../pages/PrivacySignalsPage';
import { RetentionPage } from '../pages/RetentionPage';
import { guarded } from './guarded';

/**
 * Governance: the covenant, the privacy office (audit trail, break-the-glass, signals), data
 * subject requests and each partner's part of them, and retention.
 */
export const privacyRoutes: RouteObject[] = [
  guarded('convenant', canReadCovenant, <CovenantPage />),
  guarded('privacy/audittrail', canUsePrivacyOffice, <PrivacyAuditTrailPage />),
  guarded('privacy/break-the-glass', canUsePrivacyOffice, <PrivacyBreakGlassPage />),
  guarded('privacy/signalen', canUsePrivacyOffice, <PrivacySignalsPage />),
  guarded('privacy/verzoeken', canHandleDataSubjectRequests, <DataSubjectRequestsPage />),
  guarded('privacy/verzoeken/nieuw', canHandleDataSubjectRequests, <NewDataSubjectRequestPage />),
  guarded('privacy/verzoeken/:requestId', canHandleDataSubjectRequests, <DataSubjectRequestPage />),
  guarded(
    'privacy/mijn-verzoeken',
    canReviewDataSubjectRequestParts,
    <DataSubjectRequestPartTasksPage />,
  ),
  guarded(
    'privacy/mijn-verzoeken/:partId',
    canReviewDataSubjectRequestParts,
    <DataSubjectRequestPartReviewPage />,
  ),
  guarded('privacy/bewaartermijnen', canReadRetention, <RetentionPage />),
];
