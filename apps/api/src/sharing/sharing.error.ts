import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type SharingErrorCode = Extract<ErrorCode, 'FORBIDDEN' | 'CASE_CLOSED'>;

/**
 * A refusal of the policy kernel: the covenant does not allow this, or the case is closed. A
 * record the caller may not read answers InputError.notFound, so a refusal never confirms that a
 * case or item exists.
 */
export class SharingError extends FeatureError<SharingErrorCode> {}
