import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type CouplingCode = Extract<
  ErrorCode,
  'FORBIDDEN' | 'EDIT_CONFLICT' | 'CONSENT_REQUIRED' | 'CONFLICT'
>;

/** A refusal of the volunteer-coupling feature the client tells apart by its code. */
export class CouplingError extends FeatureError<CouplingCode> {}

export function couplingEditConflict(): CouplingError {
  return new CouplingError(
    'EDIT_CONFLICT',
    'Someone else changed this request in the meantime; load it again and retry.',
  );
}
