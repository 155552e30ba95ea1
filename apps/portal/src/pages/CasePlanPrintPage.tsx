import { useParams } from 'react-router-dom';
import { PlanPrintView } from '../features/plans/components/PlanPrintView';

export function CasePlanPrintPage() {
  const { caseId = '' } = useParams();
  return <PlanPrintView key={caseId} caseId={caseId} />;
}
