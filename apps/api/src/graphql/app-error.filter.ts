import { Catch, Inject, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter, HttpAdapterHost } from '@nestjs/core';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { FastifyReply as Response } from 'fastify';
import { AppError } from '../common/app-error';
import {
  isDatabaseUnavailable,
  ServiceUnavailableError,
  unavailableDetail,
} from '../common/database-unavailable';
import { JsonLogger } from '../observability/json-logger';
import { RETRY_AFTER_SECONDS } from './service-unavailable.plugin';

const HTTP_STATUS: Partial<Record<AppError['code'], number>> = {
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOGIN_THROTTLED: 429,
  MFA_THROTTLED: 429,
  STEP_UP_REQUIRED: 403,
  SECOND_FACTOR_EXPIRED: 401,
  AUDIT_UNAVAILABLE: 503,
  SERVICE_UNAVAILABLE: 503,
};

/**
 * Hands our own errors to GraphQL unchanged (plain HTTP routes get a JSON body with the code).
 * Without it Nest logs every expected refusal (not signed in, CSRF, …) as an error; unexpected
 * errors still reach formatError and are logged there. A database that cannot be reached is
 * SERVICE_UNAVAILABLE (503) on HTTP routes too; anything else on HTTP gets Nest's own answer.
 */
@Catch()
export class AppErrorFilter implements GqlExceptionFilter {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      if (exception instanceof AppError) return exception;
      // formatError classifies and logs the rest (a database that cannot be reached included).
      throw exception;
    }
    let error: AppError | null = exception instanceof AppError ? exception : null;
    if (!error && isDatabaseUnavailable(exception)) {
      this.logger.event('warn', 'database unavailable', unavailableDetail(exception));
      error = new ServiceUnavailableError();
    }
    if (!error) {
      new BaseExceptionFilter(this.adapterHost.httpAdapter).catch(exception, host);
      return undefined;
    }
    const res = host.switchToHttp().getResponse<Response>();
    if (error.code === 'SERVICE_UNAVAILABLE') void res.header('Retry-After', RETRY_AFTER_SECONDS);
    void res
      .status(HTTP_STATUS[error.code] ?? 400)
      .send({ code: error.code, message: error.message });
    return undefined;
  }
}
