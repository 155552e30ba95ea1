import { graphql } from '../../../gql';

/** The header's count: polled, and not an audited read (it names no case and no person). */
export const UNREAD_NOTIFICATIONS_QUERY = graphql(`
  query UnreadNotifications {
    unreadNotificationCount
  }
`);
