import { useParams } from 'react-router-dom';
import { CaseAsAgencyView } from '../features/cases/components/CaseAsAgencyView';

/** The title names the agency, once the API has answered. */
export function CaseViewAsPage() {
  const { caseId = '', agencyId = '' } = useParams();
  return <CaseAsAgencyView caseId={caseId} agencyId={agencyId} />;
}
