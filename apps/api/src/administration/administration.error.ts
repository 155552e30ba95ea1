import { FeatureError } from '../common/feature-error';

export type AdministrationErrorCode =
  | 'ACTIVATION_LINK_INVALID'
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_TOO_COMMON'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BAD_USER_INPUT'
  | 'FORBIDDEN';

/** How administration refuses: links, passwords, accounts and agencies outside the caller's reach. */
export class AdministrationError extends FeatureError<AdministrationErrorCode> {}
