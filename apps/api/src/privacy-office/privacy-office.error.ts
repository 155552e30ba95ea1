import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type PrivacyOfficeCode = Extract<ErrorCode, 'CONFLICT'>;

/** A refusal of the privacy-office feature the client tells apart by its code (plain input: InputError). */
export class PrivacyOfficeError extends FeatureError<PrivacyOfficeCode> {}
