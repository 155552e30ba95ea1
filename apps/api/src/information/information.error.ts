import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type InformationCode = Extract<ErrorCode, 'FORBIDDEN' | 'EDIT_CONFLICT'>;

/** A refusal of the information feature the client tells apart by its code (plain input: InputError). */
export class InformationError extends FeatureError<InformationCode> {}

/** Someone changed the item since the caller read it: nothing was written. */
export function itemEditConflict(): InformationError {
  return new InformationError(
    'EDIT_CONFLICT',
    'Someone else changed or erased this item in the meantime; load it again and retry.',
  );
}
