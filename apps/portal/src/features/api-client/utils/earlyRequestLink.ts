import { ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { Observable } from 'rxjs';
import { EARLY_REQUESTS_TTL_MS, type EarlyRequests } from './earlyRequests';

/**
 * The early script's answer for this operation, taken (so it is used once): only for the same
 * operation, document text and variables, while the page starts. Null otherwise.
 */
export function takeEarlyAnswer(
  early: EarlyRequests | undefined,
  operation: { operationName?: string; query: Parameters<typeof print>[0]; variables: object },
  now: number,
): Promise<unknown> | null {
  if (!early || now - early.startedAt > EARLY_REQUESTS_TTL_MS) return null;
  const index = early.requests.findIndex(
    (request) =>
      request.operationName === operation.operationName &&
      JSON.stringify(request.variables) === JSON.stringify(operation.variables) &&
      request.query === print(operation.query),
  );
  if (index < 0) return null;
  const [request] = early.requests.splice(index, 1);
  return request!.result;
}

/**
 * Answers the shell's first `Me` and `Cases` with what the early script asked for
 * (earlyRequests.ts); an operation it did not ask, or whose early answer failed, goes on to the
 * network. Placed before the network link, so session errors are handled as for any answer.
 */
export function createEarlyRequestLink(
  early: () => EarlyRequests | undefined = () =>
    (globalThis as { __schakelEarlyRequests?: EarlyRequests }).__schakelEarlyRequests,
): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const answer = takeEarlyAnswer(early(), operation, performance.now());
    if (!answer) return forward(operation);
    return new Observable<ApolloLink.Result>((observer) => {
      let inner: { unsubscribe(): void } | null = null;
      let closed = false;
      answer.then(
        (result) => {
          if (closed) return;
          if (result === null || typeof result !== 'object') {
            inner = forward(operation).subscribe(observer);
            return;
          }
          observer.next(result as ApolloLink.Result);
          observer.complete();
        },
        () => {
          if (!closed) inner = forward(operation).subscribe(observer);
        },
      );
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  });
}
