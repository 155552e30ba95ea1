import { FeatureError } from '../common/feature-error';

export type AdministrationErrorCode =
  | 'ACTIVATION_LINK_INVALID'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'EDIT_CONFLICT'
  | 'BAD_USER_INPUT'
  | 'FORBIDDEN';

/** How administration refuses: links, passwords, accounts and agencies outside the caller's reach. */
export class AdministrationError extends FeatureError<AdministrationErrorCode> {}
