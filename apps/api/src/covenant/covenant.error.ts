import type { ErrorCode } from '@schakel/domain';
import { FeatureError } from '../common/feature-error';

export type CovenantCode = Extract<
  ErrorCode,
  'COVENANT_ABOVE_CEILING' | 'COVENANT_OWN_PROPOSAL' | 'CONFLICT'
>;

/**
 * Refusals of the covenant's own rules: the legal ceiling and four eyes, and a proposal or version
 * that changed meanwhile (plain input: InputError).
 */
export class CovenantError extends FeatureError<CovenantCode> {}
