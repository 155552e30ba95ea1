import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type TransparencyCode = Extract<ErrorCode, 'FORBIDDEN' | 'EDIT_CONFLICT'>;

/** A refusal of the transparency feature (ADR 0035) the client tells apart by its code. */
export class TransparencyError extends FeatureError<TransparencyCode> {}
