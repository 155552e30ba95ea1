import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { JsonLogger } from './json-logger';
import { runWithRequestContext } from './request-context';

const ACCEPTED_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id (a proxy's X-Request-Id when it looks sane), returns it in the
 * response and logs one access line without query strings, bodies or user data.
 */
export function requestIdMiddleware(logger: JsonLogger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && ACCEPTED_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    const context = { requestId, address: req.ip, userAgent: req.header('user-agent') };
    runWithRequestContext(context, () => {
      res.on('finish', () => {
        // originalUrl: req.path is relative to the mount point; the query string is left out.
        const path = req.originalUrl.split('?')[0] ?? '';
        if (path.startsWith('/health/')) return;
        logger.event('info', 'request', {
          requestId,
          method: req.method,
          path,
          status: res.statusCode,
          durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        });
      });
      next();
    });
  };
}
