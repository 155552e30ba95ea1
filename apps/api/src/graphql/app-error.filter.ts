import { Catch, type ArgumentsHost } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { AppError } from '../common/app-error';

const HTTP_STATUS: Partial<Record<AppError['code'], number>> = {
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOGIN_THROTTLED: 429,
  AUDIT_UNAVAILABLE: 503,
};

/**
 * Hands our own errors to GraphQL unchanged (plain HTTP routes get a JSON body with the code).
 * Without it Nest logs every expected refusal (not signed in, CSRF, …) as an error; unexpected
 * errors still reach formatError and are logged there.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError, host: ArgumentsHost): AppError | void {
    if (host.getType<string>() === 'graphql') return error;
    const res = host.switchToHttp().getResponse<Response>();
    res.status(HTTP_STATUS[error.code] ?? 400).json({ code: error.code, message: error.message });
  }
}
