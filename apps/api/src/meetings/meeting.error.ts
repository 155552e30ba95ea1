import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type MeetingCode = Extract<ErrorCode, 'FORBIDDEN' | 'CONFLICT'>;

/** A refusal of the meetings feature the client tells apart by its code (plain input: InputError). */
export class MeetingError extends FeatureError<MeetingCode> {}
