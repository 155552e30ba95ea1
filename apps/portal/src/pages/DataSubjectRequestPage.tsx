import { useParams } from 'react-router-dom';
import { DataSubjectRequestDetail } from '../features/data-subject-requests/components/DataSubjectRequestDetail';

export function DataSubjectRequestPage() {
  const { requestId = '' } = useParams();
  return <DataSubjectRequestDetail key={requestId} requestId={requestId} />;
}
