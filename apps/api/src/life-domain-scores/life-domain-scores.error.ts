import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type LifeDomainScoresCode = Extract<ErrorCode, 'FORBIDDEN' | 'EDIT_CONFLICT'>;

/**
 * A refusal of the life-domain scores the client tells apart by its code (plain input:
 * InputError). EDIT_CONFLICT: someone scored or corrected this moment since the caller loaded it.
 */
export class LifeDomainScoresError extends FeatureError<LifeDomainScoresCode> {}
