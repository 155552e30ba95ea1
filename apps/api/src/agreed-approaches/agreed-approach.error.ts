import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type AgreedApproachCode = Extract<ErrorCode, 'FORBIDDEN' | 'CONFLICT'>;

/** A refusal of the agreed-approaches feature the client tells apart by its code (plain input: InputError). */
export class AgreedApproachError extends FeatureError<AgreedApproachCode> {}
