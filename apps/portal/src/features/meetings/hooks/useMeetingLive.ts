import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { MeetingUpdatesSubscription } from '../../../gql/graphql';
import { errorCodeOf, type ClientErrorCode } from '../../api-client/utils/errorCode';
import { onLiveDropped, onLiveReconnected, retryDelay } from '../../api-client/utils/liveLink';
import { MEETING_QUERY, MEETING_UPDATES_SUBSCRIPTION } from '../graphql/meetingDocuments';
import { isNewerEvent } from '../utils/eventIds';

export type MeetingUpdate = MeetingUpdatesSubscription['meetingUpdates'];

/** Answers to a resubscription that trying again will not change: stop following. */
const FINAL: ReadonlySet<ClientErrorCode> = new Set([
  'UNAUTHENTICATED',
  'SESSION_EXPIRED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
]);

/**
 * Follows a meeting live. Each update carries the meeting as this user may see it; Apollo writes
 * it into the cache, so every view of the meeting follows. `onUpdate` gets each event once, in
 * order.
 *
 * Whatever ends the stream (an error, the server closing it, the socket dropping), the hook
 * subscribes again after a pause (1, 2, 4 … 30 s) with `afterEventId` = the last event it handled,
 * so the API replays what came in between: nothing is missed, nothing handled twice. Meanwhile
 * `reconnecting` is true; it turns false once the meeting can be read again (one reload of the
 * meeting over HTTP, which also proves the database is back) or a new event arrives.
 */
export function useMeetingLive(
  meetingId: string,
  /** Meeting.lastEventId of the loaded meeting; undefined while it is loading. */
  loadedEventId: string | null | undefined,
  onUpdate: (update: MeetingUpdate) => void,
): { reconnecting: boolean } {
  const client = useApolloClient();
  // Start after what the page loaded ('0': a meeting without events yet, so no gap). Pinned to
  // the first load: lastEventId moves on with every update written into the cache.
  const [start, setStart] = useState<string | null>(null);
  if (start === null && loadedEventId !== undefined) setStart(loadedEventId ?? '0');
  const [reconnecting, setReconnecting] = useState(false);
  const handler = useRef(onUpdate);
  useEffect(() => {
    handler.current = onUpdate;
  }, [onUpdate]);

  useEffect(() => {
    if (start === null) return undefined;
    let lastSeen = start;
    let failures = 0;
    /** Each subscription attempt's number; answers of an earlier attempt are ignored. */
    let attempt = 0;
    let current: { unsubscribe(): void } | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const back = (which: number) => {
      if (stopped || which !== attempt) return;
      failures = 0;
      setReconnecting(false);
    };

    const failed = (which: number, error?: unknown) => {
      if (stopped || which !== attempt) return;
      attempt += 1;
      current?.unsubscribe();
      current = null;
      if (error !== undefined && FINAL.has(errorCodeOf(error))) {
        // Signed out (the session handling takes over) or no longer allowed to see the meeting.
        setReconnecting(false);
        return;
      }
      setReconnecting(true);
      timer = setTimeout(() => subscribe(true), retryDelay(failures));
      failures += 1;
    };

    const subscribe = (recovering: boolean) => {
      const which = ++attempt;
      const previous = current;
      const subscription = client
        .subscribe({
          query: MEETING_UPDATES_SUBSCRIPTION,
          variables: { meetingId, afterEventId: lastSeen },
          // Each attempt is a subscription of its own, never joined to one still running.
          context: { queryDeduplication: false },
        })
        .subscribe({
          next: (result) => {
            if (which !== attempt) return;
            if (result.error) return failed(which, result.error);
            const update = result.data?.meetingUpdates;
            if (!update || !isNewerEvent(update.eventId, lastSeen)) return;
            lastSeen = update.eventId;
            handler.current(update);
            back(which);
          },
          error: (error: unknown) => failed(which, error),
          complete: () => failed(which),
        });
      // (A link may answer at once: then this attempt is over already.)
      if (which === attempt) current = subscription;
      else subscription.unsubscribe();
      // Subscribed before the old one ends, so the socket stays open in between.
      previous?.unsubscribe();
      if (!recovering) return;
      // graphql-ws does not confirm a subscription; reading the meeting shows the API can serve
      // it again (and refreshes the page).
      client
        .query({ query: MEETING_QUERY, variables: { id: meetingId }, fetchPolicy: 'network-only' })
        .then(
          () => back(which),
          (error: unknown) => failed(which, error),
        );
    };

    subscribe(false);
    const offDropped = onLiveDropped(() => {
      if (current) setReconnecting(true);
    });
    // graphql-ws resends the running subscription after a drop, from its first afterEventId;
    // starting again after the last event seen saves the replay.
    const offReconnected = onLiveReconnected(() => {
      if (current) subscribe(true);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      current?.unsubscribe();
      offDropped();
      offReconnected();
    };
  }, [client, meetingId, start]);

  return { reconnecting };
}
