import type { RouteObject } from 'react-router-dom';
import { canPlanMeetings, canSeeCaseContent } from '../features/auth/utils/permissions';
import { guarded } from './guarded';
import { lazyPage } from './lazyPage';

const MeetingPage = lazyPage(() => import('../pages/MeetingPage'), 'MeetingPage');
const MeetingPlannerPage = lazyPage(
  () => import('../pages/MeetingPlannerPage'),
  'MeetingPlannerPage',
);
const MeetingsPage = lazyPage(() => import('../pages/MeetingsPage'), 'MeetingsPage');

/** Case meetings: my meetings, planning one, and the meeting page (meeting mode). */
export const meetingRoutes: RouteObject[] = [
  guarded('overleggen', canSeeCaseContent, MeetingsPage),
  guarded('overleggen/nieuw', canPlanMeetings, MeetingPlannerPage),
  guarded('overleggen/:meetingId', canSeeCaseContent, MeetingPage),
];
