import type { FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { Metrics } from './metrics';
import { methodLabel, statusClassLabel } from './operation-label';

/**
 * An onResponse hook: the route's pattern (`/graphql`, `/auth/sso/:agencyId/callback`), never the
 * URL a client sent, so neither ids nor query strings reach a label. Fastify's own timer runs
 * from the request's arrival.
 */
export function metricsHttpHook(metrics: Metrics) {
  return (req: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction): void => {
    metrics.httpDuration.observe(
      {
        route: req.routeOptions.url ?? 'unmatched',
        method: methodLabel(req.method),
        status_class: statusClassLabel(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  };
}
