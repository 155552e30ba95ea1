import { AppError } from '../common/app-error';

/**
 * A change committed, with its audit event, but what followed (reloading the result) failed. The
 * client must reload instead of retrying, which would make the change twice (ADR 0011).
 */
export class SavedNotShownError extends AppError {
  constructor() {
    super(
      'SAVED_NOT_SHOWN',
      'The change was saved, but its result could not be shown. Reload the page.',
    );
  }
}
