import { FeatureError } from '../common/feature-error';

export type RegionSettingsErrorCode = 'EDIT_CONFLICT' | 'NOT_FOUND' | 'BAD_USER_INPUT';

/** How the region's settings refuse: a stale edit (EDIT_CONFLICT) or an out-of-range value. */
export class RegionSettingsError extends FeatureError<RegionSettingsErrorCode> {}
