import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type LifeDomainScoresCode = Extract<ErrorCode, 'FORBIDDEN' | 'CONFLICT' | 'EDIT_CONFLICT'>;

/**
 * A refusal of the life-domain scores the client tells apart by its code (plain input:
 * InputError). CONFLICT: the case is not (yet) scored — a referral before triage. EDIT_CONFLICT:
 * someone scored or corrected this moment since the caller loaded it.
 */
export class LifeDomainScoresError extends FeatureError<LifeDomainScoresCode> {}
