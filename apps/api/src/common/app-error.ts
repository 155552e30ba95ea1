import type { ErrorCode } from '@schakel/domain';
import { GraphQLError } from 'graphql';

/**
 * Base of every error a client may see. Features subclass it (AuthError, …) so the code is
 * stable and the portal can translate it; anything else is reported as INTERNAL.
 */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extra: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}
