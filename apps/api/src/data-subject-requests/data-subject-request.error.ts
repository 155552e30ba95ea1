import { AppError } from '../graphql/app-error';

/** A request cannot be completed while partners still owe their part of the answer. */
export class DataSubjectRequestError extends AppError {
  static partsOpen(open: number): DataSubjectRequestError {
    return new DataSubjectRequestError(
      'REQUEST_PARTS_OPEN',
      `The request cannot be completed: ${open} partner part(s) are still open.`,
      { field: 'status', open },
    );
  }
}
