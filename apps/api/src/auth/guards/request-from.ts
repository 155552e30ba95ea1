import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Request, Response } from 'express';

export interface RequestPair {
  req: Request;
  res: Response;
  /** GraphQL operation type, or null for plain HTTP routes. */
  operation: 'query' | 'mutation' | 'subscription' | null;
}

export function requestFrom(ctx: ExecutionContext): RequestPair {
  if (ctx.getType<string>() === 'graphql') {
    const gql = GqlExecutionContext.create(ctx);
    const { req, res } = gql.getContext<{ req: Request; res: Response }>();
    return { req, res, operation: gql.getInfo<GraphQLResolveInfo>().operation.operation };
  }
  const http = ctx.switchToHttp();
  return { req: http.getRequest<Request>(), res: http.getResponse<Response>(), operation: null };
}
