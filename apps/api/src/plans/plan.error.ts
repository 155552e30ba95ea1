import { AppError } from '../graphql/app-error';

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
