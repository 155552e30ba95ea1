import type { ErrorCode } from '@schakel/domain';
import { AppError } from './app-error';

/**
 * Base of a feature's own error (`PlanError`, `ConsentError`, …): the feature names the codes it
 * may answer with as a union, so a reader sees in one file how that feature refuses; the codes
 * come from `ERROR_CODES` in `@schakel/domain` and leave through `graphql/format-error.ts`.
 */
export abstract class FeatureError<C extends ErrorCode> extends AppError {
  constructor(code: C, message: string, field?: string, extra: Record<string, unknown> = {}) {
    super(code, message, field === undefined ? extra : { field, ...extra });
  }
}
