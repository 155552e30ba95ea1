import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';
import { UNREAD_NOTIFICATIONS_QUERY } from '../graphql/unreadNotificationsQuery';

export const UNREAD_POLL_MS = 60_000;

/** The unread count for the header: polled every minute and fetched again on every navigation. */
export function useUnreadNotifications(): number | null {
  const path = useLocation().pathname;
  const { data, refetch } = useQuery(UNREAD_NOTIFICATIONS_QUERY, { pollInterval: UNREAD_POLL_MS });
  const shownFor = useRef(path);
  useEffect(() => {
    // The first render fetches already; only a later page asks again.
    if (shownFor.current === path) return;
    shownFor.current = path;
    refetch().catch(() => undefined);
  }, [path, refetch]);
  return data?.unreadNotificationCount ?? null;
}
