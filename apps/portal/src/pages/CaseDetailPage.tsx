import { useParams } from 'react-router-dom';
import { CaseDetail } from '../features/cases/components/CaseDetail';

/** The title comes from the case itself (its reference), once loaded. */
export function CaseDetailPage() {
  const { caseId = '' } = useParams();
  // A new case starts fresh: no form input or open panel carries over from the previous one.
  return <CaseDetail key={caseId} caseId={caseId} />;
}
