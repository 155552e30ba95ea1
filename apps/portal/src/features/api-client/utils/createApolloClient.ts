import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { Observable } from 'rxjs';
import { createEarlyRequestLink } from './earlyRequestLink';
import { endsSession, errorCodeOf } from './errorCode';
import { createNetworkLink } from './liveLink';

/** What the links need from the session, without depending on React. */
export interface SessionLinkHooks {
  /** The current session's CSRF token, kept in memory only. */
  csrfToken: () => string | null;
  /** Called when any operation reports that the session is gone. */
  sessionEnded: (code: 'UNAUTHENTICATED' | 'SESSION_EXPIRED') => void;
  /**
   * Called when the API asks for a fresh second factor (STEP_UP_REQUIRED): resolves to true once
   * the user proved one, and the operation is sent again; false leaves the error as it was.
   */
  stepUp?: () => Promise<boolean>;
}

/** Context flag of an operation that handles STEP_UP_REQUIRED itself (the account page). */
export const STEP_UP_INLINE = { stepUpInline: true } as const;

export function createApolloClient(
  session: SessionLinkHooks,
  // Tests pass a mocked network link; the app talks to the API on the same origin (HTTP, and
  // graphql-ws for subscriptions).
  network: ApolloLink = createNetworkLink(),
): ApolloClient {
  const headers = new SetContextLink((previous) => {
    const token = session.csrfToken();
    return {
      headers: {
        ...(previous.headers as Record<string, string> | undefined),
        // Forces a CORS preflight for cross-site requests: the API's CSRF defence relies on it.
        'apollo-require-preflight': 'true',
        ...(token ? { 'x-csrf-token': token } : {}),
      },
    };
  });

  const sessionErrors = new ErrorLink(({ error, operation, forward }) => {
    const code = errorCodeOf(error);
    if (endsSession(code)) session.sessionEnded(code);
    const inline = (operation.getContext() as { stepUpInline?: boolean }).stepUpInline === true;
    if (code !== 'STEP_UP_REQUIRED' || inline || !session.stepUp) return;
    // Called on the bridge: a method, not a free function.
    const stepUp = () => session.stepUp?.() ?? Promise.resolve(false);
    // The API refused before doing anything: once the factor is proven, send it again (once).
    return new Observable<ApolloLink.Result>((observer) => {
      let inner: { unsubscribe(): void } | null = null;
      stepUp().then(
        (proven) => {
          if (!proven) observer.error(error);
          else inner = forward(operation).subscribe(observer);
        },
        () => observer.error(error),
      );
      return () => inner?.unsubscribe();
    });
  });

  return new ApolloClient({
    // The first Me and Cases may already have been asked for by the early script (earlyRequests.ts).
    link: ApolloLink.from([sessionErrors, headers, createEarlyRequestLink(), network]),
    cache: new InMemoryCache({
      typePolicies: {
        // What the covenant shows of a person depends on the case (consent can be per case), so
        // a person is kept inside each case instead of shared between cases by id.
        Person: { keyFields: false, merge: true },
        ProtectedString: { merge: true },
        ProtectedAddress: { merge: true },
        // A version number is unique within the caller's region.
        Covenant: { keyFields: ['version'] },
        // A live update carries the whole agenda as the viewer may see it: replace, never merge.
        Meeting: { fields: { agenda: { merge: false } } },
        MeetingItem: { fields: { attendance: { merge: false }, invitees: { merge: false } } },
        // The caller's own factors: one object, read in parts (the account page, the step-up).
        SecondFactors: { merge: true },
      },
    }),
  });
}
