import { AuditSignals } from '../features/privacy-office/components/AuditSignals';
import { PrivacyOfficeNav } from '../features/privacy-office/components/PrivacyOfficeNav';

export function PrivacySignalsPage() {
  return (
    <div className="schakel-flow">
      <PrivacyOfficeNav />
      <AuditSignals />
    </div>
  );
}
