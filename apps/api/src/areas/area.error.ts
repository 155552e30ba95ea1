import { FeatureError } from '../common/feature-error';

export type AreaErrorCode =
  | 'EDIT_CONFLICT'
  | 'NOT_FOUND'
  | 'AREA_NAME_TAKEN'
  | 'AREA_RANGE_OVERLAP'
  | 'AREA_IMPORT_INVALID'
  | 'AREA_TEAM_NAME_TAKEN';

/** How the wijken refuse: a stale edit, a name or postcodes another wijk holds, a bad import. */
export class AreaError extends FeatureError<AreaErrorCode> {}
