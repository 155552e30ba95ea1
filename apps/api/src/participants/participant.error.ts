import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type ParticipantCode = Extract<ErrorCode, 'CONFLICT' | 'EDIT_CONFLICT'>;

/** A refusal of the participants feature the client tells apart by its code (plain input: InputError). */
export class ParticipantError extends FeatureError<ParticipantCode> {}
