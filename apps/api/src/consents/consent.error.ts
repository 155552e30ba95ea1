import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type ConsentCode = Extract<ErrorCode, 'FORBIDDEN' | 'CONFLICT' | 'CONSENT_REQUIRED'>;

/** A refusal of the consents feature the client tells apart by its code (plain input: InputError). */
export class ConsentError extends FeatureError<ConsentCode> {}
