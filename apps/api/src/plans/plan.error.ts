import type { ErrorCode } from '@schakel/domain';
import { AppError } from '../common/app-error';
import { FeatureError } from '../common/feature-error';

export type PlanCode = Extract<ErrorCode, 'FORBIDDEN' | 'CONFLICT'>;

/** A refusal of the plans feature the client tells apart by its code (plain input: InputError). */
export class PlanError extends FeatureError<PlanCode> {}

/**
 * Someone else changed the plan since the caller loaded it (the revision it sent is stale):
 * nothing was written, and the client keeps its input and offers the newest version.
 */
export class PlanEditConflictError extends AppError {
  constructor(what = 'plan') {
    super(
      'EDIT_CONFLICT',
      `Someone else changed this ${what} in the meantime; load the newest version and try again.`,
    );
  }
}
