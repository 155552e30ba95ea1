import { MeetingList } from '../features/meetings/components/MeetingList';

export function MeetingsPage() {
  return <MeetingList />;
}
