import type { RouteObject } from 'react-router-dom';
import { canManageAgencyUsers } from '../features/auth/utils/permissions';
import { guarded } from './guarded';
import { lazyPage } from './lazyPage';

const AgencyUsersPage = lazyPage(() => import('../pages/AgencyUsersPage'), 'AgencyUsersPage');

/** Administration under /beheer (issue 15): accounts, never case content. */
export const adminRoutes: RouteObject[] = [
  guarded('beheer/gebruikers', canManageAgencyUsers, AgencyUsersPage),
];
