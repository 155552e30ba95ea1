import { BreakGlassQueue } from '../features/privacy-office/components/BreakGlassQueue';
import { PrivacyOfficeNav } from '../features/privacy-office/components/PrivacyOfficeNav';

export function PrivacyBreakGlassPage() {
  return (
    <div className="schakel-flow">
      <PrivacyOfficeNav />
      <BreakGlassQueue />
    </div>
  );
}
