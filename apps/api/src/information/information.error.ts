import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type InformationCode = Extract<ErrorCode, 'FORBIDDEN'>;

/** A refusal of the information feature the client tells apart by its code (plain input: InputError). */
export class InformationError extends FeatureError<InformationCode> {}
