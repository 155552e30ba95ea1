import { graphql } from '../../../gql';

export const AUDIT_EVENTS_QUERY = graphql(`
  query AuditEvents($filter: AuditEventFilterInput, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      hasMore
      endCursor
      items {
        id
        seq
        occurredAt
        actor {
          id
          name
          email
        }
        agency {
          id
          name
          type
        }
        roles
        onBehalfOf {
          id
          name
          email
        }
        action
        result
        operation
        caseId
        caseReference
        personCount
        personIds
        persons {
          id
          name
        }
        recordType
        recordName
        categories
        accessBasis
        purpose
        reasonCode
        detail
        originAddress
        requestId
        review {
          id
          verdict
          note
          reviewedAt
          reviewer {
            id
            name
          }
        }
      }
    }
  }
`);

export const AUDIT_PERSON_LOOKUP_QUERY = graphql(`
  query AuditPersonLookup($bsn: String!) {
    auditPersonLookup(bsn: $bsn) {
      id
      displayName
      dateOfBirth
    }
  }
`);

export const AUDIT_CHAIN_STATUS_QUERY = graphql(`
  query AuditChainStatus {
    auditChainStatus {
      intact
      checked
      firstBrokenId
      firstBrokenSeq
      reason
      verifiedAt
    }
  }
`);

export const OPEN_REVIEW_COUNT_QUERY = graphql(`
  query OpenBreakGlassReviewCount {
    openBreakGlassReviewCount
  }
`);

export const BREAK_GLASS_QUEUE_QUERY = graphql(`
  query BreakGlassReviewQueue {
    breakGlassReviewQueue {
      openCount
      items {
        eventId
        occurredAt
        actor {
          id
          name
          email
        }
        agency {
          id
          name
          type
        }
        caseReference
        reason
        expiresAt
        personIds
      }
    }
  }
`);

export const REVIEW_BREAK_GLASS_MUTATION = graphql(`
  mutation ReviewBreakGlass($input: ReviewBreakGlassInput!) {
    reviewBreakGlass(input: $input) {
      id
      eventId
      verdict
      note
      reviewedAt
    }
  }
`);

export const AUDIT_ANOMALIES_QUERY = graphql(`
  query AuditAnomalies($from: String!, $to: String!) {
    auditAnomalies(from: $from, to: $to) {
      from
      to
      outsideParticipation {
        day
        user {
          id
          name
          email
        }
        agency {
          id
          name
        }
        personId
        personName
        eventCount
        actions
        operations
        purposes
        accessBases
        lookupOnly
        firstAt
        lastAt
      }
      outsideParticipationTruncated
      volume {
        day
        user {
          id
          name
          email
        }
        agency {
          id
          name
        }
        eventCount
        medianDaily
        roles
        roleMedianDaily
        roleDays
        threshold
      }
      volumeMinimum
      volumeFactor
      volumeBaselineDays
    }
  }
`);

export const PRIVACY_OFFICE_AGENCIES_QUERY = graphql(`
  query PrivacyOfficeAgencies {
    agencies {
      id
      name
      type
    }
  }
`);
