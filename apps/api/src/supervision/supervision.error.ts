import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type SupervisionCode = Extract<ErrorCode, 'FORBIDDEN' | 'EDIT_CONFLICT'>;

/** A refusal of the supervision feature the client tells apart by its code. */
export class SupervisionError extends FeatureError<SupervisionCode> {}

export function supervisionEditConflict(): SupervisionError {
  return new SupervisionError(
    'EDIT_CONFLICT',
    'Someone else changed this in the meantime; load it again and retry.',
  );
}
