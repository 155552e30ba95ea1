import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type ReferralCode = Extract<ErrorCode, 'FORBIDDEN' | 'CONFLICT' | 'EDIT_CONFLICT'>;

/** A refusal of the referrals feature the client tells apart by its code (plain input: InputError). */
export class ReferralError extends FeatureError<ReferralCode> {}
