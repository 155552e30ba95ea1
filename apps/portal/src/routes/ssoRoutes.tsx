import type { RouteObject } from 'react-router-dom';
import { canManageSso } from '../features/sso/utils/canManageSso';
import { guarded } from './guarded';
import { lazyPage } from './lazyPage';

const SsoSettingsPage = lazyPage(() => import('../pages/SsoSettingsPage'), 'SsoSettingsPage');

/** Single sign-on settings under /beheer (the other /beheer pages are administration's). */
export const ssoRoutes: RouteObject[] = [
  guarded('beheer/single-sign-on', canManageSso, SsoSettingsPage),
];
