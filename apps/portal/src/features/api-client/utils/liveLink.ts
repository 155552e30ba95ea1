import { trackingFetch } from '../../sessions/utils/idleExpiry';
import { ApolloLink } from '@apollo/client';
import { BaseHttpLink } from '@apollo/client/link/http';
import { getMainDefinition } from '@apollo/client/utilities';
import { Kind, OperationTypeNode } from 'graphql';
import { Observable, type Subscription } from 'rxjs';

type Listener = () => void;
/** Told by the live socket (liveSocket.ts); features listen through the functions below. */
export const reconnectListeners = new Set<Listener>();
export const dropListeners = new Set<Listener>();

/**
 * Called after the live connection came back from a drop (not on the first connection), so a
 * feature can resubscribe with the last event it saw. Returns the unsubscribe function.
 */
export function onLiveReconnected(listener: Listener): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/**
 * Called when the live connection dropped (not when it was closed because nothing needed it),
 * so a feature can say that it is reconnecting. Returns the unsubscribe function.
 */
export function onLiveDropped(listener: Listener): () => void {
  dropListeners.add(listener);
  return () => dropListeners.delete(listener);
}

/** 1000: graphql-ws closed a socket no subscription needed any more (lazy); anything else dropped. */
export function isDrop(event: unknown): boolean {
  const code = (event as { code?: unknown } | null)?.code;
  return code !== 1000;
}

/** ws(s)://<this host>/graphql: same origin, so the browser sends the session cookie. */
export function liveUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;
}

/** Waits 1, 2, 4 … seconds (plus jitter) between attempts, never more than 30 seconds. */
export function retryDelay(retries: number, random = Math.random()): number {
  return Math.min(30_000, 1000 * 2 ** Math.min(retries, 5)) + Math.floor(random * 500);
}

/**
 * The link for subscriptions, loaded with the first subscription: graphql-ws and Apollo's link for
 * it (~13 kB gzip) are needed only by the pages with live updates (the meeting mode), so they are
 * not in the first chunk.
 */
function deferredLiveLink(): ApolloLink {
  let loading: Promise<ApolloLink> | null = null;
  return new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        let inner: Subscription | null = null;
        let closed = false;
        (loading ??= import('./liveSocket').then((module) => module.createLiveLink())).then(
          (link) => {
            if (!closed) inner = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => {
            loading = null; // a failed chunk load may succeed on the next subscription
            observer.error(error);
          },
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
}

/**
 * Subscriptions over graphql-ws, everything else over HTTP as before. The socket opens only
 * while a subscription runs and keeps retrying when dropped; graphql-ws then sends the running
 * subscriptions again, and features may say so (onLiveDropped) and resubscribe with newer
 * variables (onLiveReconnected).
 */
export function createNetworkLink(): ApolloLink {
  // Every answer says when the session ends without activity (the idle warning listens).
  // BaseHttpLink: HttpLink without its client-awareness part, which adds Apollo Client's name and
  // version to every request body (nothing here reads them) and ~0.3 kB gzip to the first load.
  const http = new BaseHttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    fetch: trackingFetch,
  });
  return ApolloLink.split(
    ({ query }) => {
      const definition = getMainDefinition(query);
      return (
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.operation === OperationTypeNode.SUBSCRIPTION
      );
    },
    deferredLiveLink(),
    http,
  );
}
