import { AuditTrailPage } from '../features/privacy-office/components/AuditTrailPage';
import { PrivacyOfficeNav } from '../features/privacy-office/components/PrivacyOfficeNav';

export function PrivacyAuditTrailPage() {
  return (
    <div className="schakel-flow">
      <PrivacyOfficeNav />
      <AuditTrailPage />
    </div>
  );
}
