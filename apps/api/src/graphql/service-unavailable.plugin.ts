import type { ApolloServerPlugin } from '@apollo/server';

/** Seconds a client should wait before trying again while the database cannot be reached. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * An answer with a SERVICE_UNAVAILABLE error (see format-error.ts) goes out as HTTP 503 with
 * Retry-After, wherever the database error was thrown (guard, resolver, field): proxies, monitors
 * and the portal then see an outage, not a 200 or a 500.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const errors = response.body.singleResult.errors ?? [];
          if (errors.some((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
          return Promise.resolve();
        },
      });
    },
  };
}
