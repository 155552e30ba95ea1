import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type RetentionCode = Extract<ErrorCode, 'CONFLICT'>;

/** A refusal of the retention feature the client tells apart by its code (plain input: InputError). */
export class RetentionError extends FeatureError<RetentionCode> {}
