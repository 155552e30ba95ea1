import { MeetingPlanForm } from '../features/meetings/components/MeetingPlanForm';

export function MeetingPlannerPage() {
  return <MeetingPlanForm />;
}
