import type { RouteObject } from 'react-router-dom';
import { canManageRegionAgencies } from '../features/administration/utils/canManageRegionAgencies';
import {
  canManageAgencyUsers,
  canManageAreas,
  canManageRegionSettings,
} from '../features/auth/utils/permissions';
import { guarded } from './guarded';
import { lazyPage } from './lazyPage';

const AgencyUsersPage = lazyPage(() => import('../pages/AgencyUsersPage'), 'AgencyUsersPage');
const RegionAgenciesPage = lazyPage(
  () => import('../pages/RegionAgenciesPage'),
  'RegionAgenciesPage',
);
const RegionAgencyPage = lazyPage(() => import('../pages/RegionAgencyPage'), 'RegionAgencyPage');
const AreasPage = lazyPage(() => import('../pages/AreasPage'), 'AreasPage');
const AreaTeamsPage = lazyPage(() => import('../pages/AreaTeamsPage'), 'AreaTeamsPage');
const RegionSettingsPage = lazyPage(
  () => import('../pages/RegionSettingsPage'),
  'RegionSettingsPage',
);

/** Administration under /beheer (issue 15): accounts and agencies, never case content. */
export const adminRoutes: RouteObject[] = [
  guarded('beheer/gebruikers', canManageAgencyUsers, AgencyUsersPage),
  guarded('beheer/organisaties', canManageRegionAgencies, RegionAgenciesPage),
  guarded('beheer/organisaties/:agencyId', canManageRegionAgencies, RegionAgencyPage),
  guarded('beheer/instellingen', canManageRegionSettings, RegionSettingsPage),
  guarded('beheer/wijken', canManageAreas, AreasPage),
  guarded('beheer/gebiedsteams', canManageAreas, AreaTeamsPage),
];
