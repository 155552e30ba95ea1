import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { FastifyReply, FastifyRequest as Request } from 'fastify';
import { httpAnswer, type HttpAnswer } from '../../graphql/http-answer';
import type { CallerHolder } from '../caller';

/**
 * One operation on the live socket (live/live-socket.service.ts): the session token of its
 * checked upgrade request. It holds its caller like a Fastify request does; no cookies, no
 * CSRF (only subscriptions run on the socket) and no renewal (a socket cannot set cookies).
 */
export interface LiveOperation extends CallerHolder {
  readonly transport: 'live';
  readonly token: string;
}

export type RequestSource =
  | {
      transport: 'http';
      req: Request;
      res: HttpAnswer;
      /** GraphQL operation type, or null for plain HTTP routes. */
      operation: 'query' | 'mutation' | 'subscription' | null;
    }
  | { transport: 'live'; req: LiveOperation; operation: 'subscription' };

function isLive(req: Request | LiveOperation): req is LiveOperation {
  return (req as Partial<LiveOperation>).transport === 'live';
}

export function requestFrom(ctx: ExecutionContext): RequestSource {
  if (ctx.getType<string>() === 'graphql') {
    const gql = GqlExecutionContext.create(ctx);
    const { req, res } = gql.getContext<{ req: Request | LiveOperation; res: HttpAnswer }>();
    if (isLive(req)) return { transport: 'live', req, operation: 'subscription' };
    return {
      transport: 'http',
      req,
      res,
      operation: gql.getInfo<GraphQLResolveInfo>().operation.operation,
    };
  }
  const http = ctx.switchToHttp();
  return {
    transport: 'http',
    req: http.getRequest<Request>(),
    res: httpAnswer(http.getResponse<FastifyReply>()),
    operation: null,
  };
}
