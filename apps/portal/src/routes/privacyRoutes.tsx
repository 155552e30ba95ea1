import type { RouteObject } from 'react-router-dom';
import { canReadCovenant, canReadRetention } from '../features/auth/utils/permissions';
import { canHandleDataSubjectRequests } from '../features/data-subject-requests/utils/canHandleDataSubjectRequests';
import { canReviewDataSubjectRequestParts } from '../features/data-subject-requests/utils/canReviewDataSubjectRequestParts';
import { canUsePrivacyOffice } from '../features/privacy-office/utils/canUsePrivacyOffice';
import { guarded } from './guarded';
import { lazyPage } from './lazyPage';

const CovenantPage = lazyPage(() => import('../pages/CovenantPage'), 'CovenantPage');
const DataSubjectRequestPage = lazyPage(
  () => import('../pages/DataSubjectRequestPage'),
  'DataSubjectRequestPage',
);
const DataSubjectRequestPartReviewPage = lazyPage(
  () => import('../pages/DataSubjectRequestPartReviewPage'),
  'DataSubjectRequestPartReviewPage',
);
const DataSubjectRequestPartTasksPage = lazyPage(
  () => import('../pages/DataSubjectRequestPartTasksPage'),
  'DataSubjectRequestPartTasksPage',
);
const DataSubjectRequestsPage = lazyPage(
  () => import('../pages/DataSubjectRequestsPage'),
  'DataSubjectRequestsPage',
);
const NewDataSubjectRequestPage = lazyPage(
  () => import('../pages/NewDataSubjectRequestPage'),
  'NewDataSubjectRequestPage',
);
const PrivacyAuditTrailPage = lazyPage(
  () => import('../pages/PrivacyAuditTrailPage'),
  'PrivacyAuditTrailPage',
);
const PrivacyBreakGlassPage = lazyPage(
  () => import('../pages/PrivacyBreakGlassPage'),
  'PrivacyBreakGlassPage',
);
const PrivacySignalsPage = lazyPage(
  () => import('../pages/PrivacySignalsPage'),
  'PrivacySignalsPage',
);
const RetentionPage = lazyPage(() => import('../pages/RetentionPage'), 'RetentionPage');

/**
 * Governance: the covenant, the privacy office (audit trail, break-the-glass, signals), data
 * subject requests and each partner's part of them, and retention.
 */
export const privacyRoutes: RouteObject[] = [
  guarded('convenant', canReadCovenant, CovenantPage),
  guarded('privacy/audittrail', canUsePrivacyOffice, PrivacyAuditTrailPage),
  guarded('privacy/break-the-glass', canUsePrivacyOffice, PrivacyBreakGlassPage),
  guarded('privacy/signalen', canUsePrivacyOffice, PrivacySignalsPage),
  guarded('privacy/verzoeken', canHandleDataSubjectRequests, DataSubjectRequestsPage),
  guarded('privacy/verzoeken/nieuw', canHandleDataSubjectRequests, NewDataSubjectRequestPage),
  guarded('privacy/verzoeken/:requestId', canHandleDataSubjectRequests, DataSubjectRequestPage),
  guarded(
    'privacy/mijn-verzoeken',
    canReviewDataSubjectRequestParts,
    DataSubjectRequestPartTasksPage,
  ),
  guarded(
    'privacy/mijn-verzoeken/:partId',
    canReviewDataSubjectRequestParts,
    DataSubjectRequestPartReviewPage,
  ),
  guarded('privacy/bewaartermijnen', canReadRetention, RetentionPage),
];
