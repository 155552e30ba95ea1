import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type DataSubjectRequestCode = Extract<
  ErrorCode,
  'FORBIDDEN' | 'CONFLICT' | 'REQUEST_PARTS_OPEN'
>;

/** A refusal of the data-subject-request feature (plain input: InputError). */
export class DataSubjectRequestError extends FeatureError<DataSubjectRequestCode> {
  /** A request cannot be completed while partners still owe their part of the answer. */
  static partsOpen(open: number): DataSubjectRequestError {
    return new DataSubjectRequestError(
      'REQUEST_PARTS_OPEN',
      `The request cannot be completed: ${open} partner part(s) are still open.`,
      'status',
      { open },
    );
  }
}
