import { useAuditTrailSearch } from '../hooks/useAuditTrailSearch';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTrailResults } from './AuditTrailResults';

/** The trail search: filters in the address bar (never the BSN), results as cards, "Meer laden". */
export function AuditTrailSearch() {
  const search = useAuditTrailSearch();
  return (
    <div className="schakel-flow">
      <AuditFilterForm search={search} />
      <AuditTrailResults search={search} />
    </div>
  );
}
