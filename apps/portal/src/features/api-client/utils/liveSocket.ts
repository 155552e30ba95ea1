import type { ApolloLink } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { createClient } from 'graphql-ws';
import { dropListeners, isDrop, liveUrl, reconnectListeners, retryDelay } from './liveLink';

/**
 * The graphql-ws client and its Apollo link, in a chunk of their own (liveLink.ts loads it with
 * the first subscription). The socket opens only while a subscription runs (lazy) and keeps
 * retrying when dropped.
 */
export function createLiveLink(): ApolloLink {
  let dropped = false;
  const ws = createClient({
    url: () => liveUrl(window.location),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
    on: {
      connected: () => {
        if (dropped) reconnectListeners.forEach((listener) => listener());
        dropped = false;
      },
      closed: (event) => {
        if (!isDrop(event)) return;
        dropped = true;
        dropListeners.forEach((listener) => listener());
      },
    },
  });
  return new GraphQLWsLink(ws);
}
