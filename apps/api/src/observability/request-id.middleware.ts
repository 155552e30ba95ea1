import { randomUUID } from 'node:crypto';
import type {
  FastifyReply,
  FastifyRequest,
  HookHandlerDoneFunction,
  onRequestHookHandler,
  onResponseHookHandler,
} from 'fastify';
import type { JsonLogger } from './json-logger';
import { runWithRequestContext, type RequestContext } from './request-context';

const ACCEPTED_ID = /^[A-Za-z0-9._-]{8,64}$/;

interface Timed {
  requestContext?: RequestContext;
  started?: bigint;
}

/**
 * Gives every request an id (a proxy's X-Request-Id when it looks sane) and returns it in the
 * response. The three hooks below are one piece: this one names the request, requestContextHook
 * runs the handler in its context, accessLogHook logs one line without query strings, bodies or
 * user data.
 */
export function requestIdHook(_logger: JsonLogger): onRequestHookHandler {
  return (req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    const incoming = req.headers['x-request-id'];
    const requestId =
      typeof incoming === 'string' && ACCEPTED_ID.test(incoming) ? incoming : randomUUID();
    void reply.header('X-Request-Id', requestId);
    const ua = req.headers['user-agent'];
    const timed = req as Timed;
    timed.started = process.hrtime.bigint();
    timed.requestContext = { requestId, address: req.ip, userAgent: ua };
    done();
  };
}

/**
 * The handler runs in the request's context (observability/request-context.ts). A preHandler
 * hook, not onRequest: the body is read between the two, in the socket's async context.
 */
export function requestContextHook(
  req: FastifyRequest,
  _reply: FastifyReply,
  done: HookHandlerDoneFunction,
): void {
  const context = (req as Timed).requestContext;
  if (!context) return done();
  runWithRequestContext(context, done);
}

export function accessLogHook(logger: JsonLogger): onResponseHookHandler {
  return (req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    // The query string is left out.
    const path = req.url.split('?')[0] ?? '';
    const timed = req as Timed;
    if (!path.startsWith('/health/') && timed.requestContext && timed.started !== undefined) {
      logger.event('info', 'request', {
        requestId: timed.requestContext.requestId,
        method: req.method,
        path,
        status: reply.statusCode,
        durationMs: Number((process.hrtime.bigint() - timed.started) / 1000n) / 1000,
      });
    }
    done();
  };
}
