import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Request, Response } from 'express';
import type { CallerHolder } from '../caller';

/**
 * One operation on the live socket (live/live-socket.service.ts): the session token of its
 * checked upgrade request. It holds its caller like an Express request does; no cookies, no
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
      res: Response;
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
    const { req, res } = gql.getContext<{ req: Request | LiveOperation; res: Response }>();
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
    res: http.getResponse<Response>(),
    operation: null,
  };
}
