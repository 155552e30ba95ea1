import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import type { MeetingUpdatesSubscription } from '../../../gql/graphql';
import { onLiveReconnected } from '../../api-client/utils/liveLink';
import { MEETING_UPDATES_SUBSCRIPTION } from '../graphql/meetingDocuments';
import { isNewerEvent } from '../utils/eventIds';

export type MeetingUpdate = MeetingUpdatesSubscription['meetingUpdates'];

/**
 * Follows a meeting live. Each update carries the meeting as this user may see it; Apollo writes
 * it into the cache, so every view of the meeting follows. After a dropped connection the
 * subscription starts again after the last event seen, so nothing is missed and nothing reloads.
 * `onUpdate` gets each event once, in order.
 */
export function useMeetingLive(
  meetingId: string,
  /** Meeting.lastEventId of the loaded meeting; undefined while it is loading. */
  loadedEventId: string | null | undefined,
  onUpdate: (update: MeetingUpdate) => void,
): void {
  // Start after what the page loaded ('0': a meeting without events yet, so no gap). Pinned to
  // the first load: lastEventId moves on with every update written into the cache.
  const [start, setStart] = useState<string | null>(null);
  if (start === null && loadedEventId !== undefined) setStart(loadedEventId ?? '0');
  const [resumeFrom, setResumeFrom] = useState<string | null>(null);
  const afterEventId = resumeFrom ?? start;
  const lastSeen = useRef<string | null>(null);
  const handler = useRef(onUpdate);
  useEffect(() => {
    handler.current = onUpdate;
  }, [onUpdate]);

  // Back from a drop: resubscribe after the newest event seen.
  useEffect(
    () =>
      onLiveReconnected(() => {
        if (lastSeen.current !== null) setResumeFrom(lastSeen.current);
      }),
    [],
  );

  useSubscription(MEETING_UPDATES_SUBSCRIPTION, {
    variables: { meetingId, afterEventId },
    skip: afterEventId === null,
    onData: ({ data }) => {
      const update = data.data?.meetingUpdates;
      // graphql-ws resends a running subscription after a drop, so replays can repeat events.
      if (!update || !isNewerEvent(update.eventId, lastSeen.current ?? start)) return;
      lastSeen.current = update.eventId;
      handler.current(update);
    },
  });
}
