import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { OperationTypeNode } from 'graphql';
import { SessionCache } from './session-cache';

/**
 * A mutation served by this process empties the session cache before its answer is sent: the
 * trigger's notification of what it changed arrives asynchronously, and the caller's next request
 * must already see the change (ADR 0013). Mutations are rare next to reads; knowing which of them
 * touched a policy context is not worth the risk of missing one.
 */
@Plugin()
export class SessionCachePlugin implements ApolloServerPlugin {
  constructor(private readonly cache: SessionCache) {}

  requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const cache = this.cache;
    return Promise.resolve({
      willSendResponse({ operation }) {
        if (operation?.operation === OperationTypeNode.MUTATION) cache.invalidate('all');
        return Promise.resolve();
      },
    });
  }
}
