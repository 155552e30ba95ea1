import { useParams } from 'react-router-dom';
import { MeetingView } from '../features/meetings/components/MeetingView';

export function MeetingPage() {
  const { meetingId = '' } = useParams();
  // A new meeting id starts a fresh view (chosen item, announcements, subscription).
  return <MeetingView key={meetingId} meetingId={meetingId} />;
}
