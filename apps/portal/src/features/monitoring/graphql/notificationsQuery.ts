import { graphql } from '../../../gql';

export const NOTIFICATIONS_QUERY = graphql(`
  query Notifications($first: Int!) {
    notifications(first: $first) {
      unreadCount
      items {
        id
        kind
        caseId
        personName
        personNameAccess
        params {
          key
          value
        }
        createdAt
        readAt
      }
    }
  }
`);
