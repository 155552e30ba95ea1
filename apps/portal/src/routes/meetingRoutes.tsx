import type { RouteObject } from 'react-router-dom';
import { canPlanMeetings, canSeeCaseContent } from '../features/auth/utils/permissions';
import { MeetingPage } from '../pages/MeetingPage';
import { MeetingPlannerPage } from '../pages/MeetingPlannerPage';
import { MeetingsPage } from '../pages/MeetingsPage';
import { guarded } from './guarded';

/** Case meetings: my meetings, planning one, and the meeting page (meeting mode). */
export const meetingRoutes: RouteObject[] = [
  guarded('overleggen', canSeeCaseContent, <MeetingsPage />),
  guarded('overleggen/nieuw', canPlanMeetings, <MeetingPlannerPage />),
  guarded('overleggen/:meetingId', canSeeCaseContent, <MeetingPage />),
];
