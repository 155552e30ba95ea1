import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type CaseClosingCode = Extract<ErrorCode, 'FORBIDDEN' | 'CONFLICT'>;

/** A refusal of the case-closing feature the client tells apart by its code (plain input: InputError). */
export class CaseClosingError extends FeatureError<CaseClosingCode> {}
