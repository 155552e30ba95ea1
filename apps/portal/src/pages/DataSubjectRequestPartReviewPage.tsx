import { useParams } from 'react-router-dom';
import { DataSubjectRequestPartReview } from '../features/data-subject-requests/components/DataSubjectRequestPartReview';

export function DataSubjectRequestPartReviewPage() {
  const { partId = '' } = useParams();
  return <DataSubjectRequestPartReview key={partId} partId={partId} />;
}
