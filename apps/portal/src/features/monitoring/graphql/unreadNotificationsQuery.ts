import { graphql } from '../../../gql';

/** The header's count: the smallest page, polled. */
export const UNREAD_NOTIFICATIONS_QUERY = graphql(`
  query UnreadNotifications {
    notifications(first: 1) {
      unreadCount
    }
  }
`);
