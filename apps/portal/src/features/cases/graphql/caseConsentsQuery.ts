import { graphql } from '../../../gql';

/** The recorded exceptions that widen access in this case: consents and conflict of duties. */
export const CASE_CONSENTS_QUERY = graphql(`
  query CaseConsents($caseId: ID!) {
    consents(caseId: $caseId) {
      id
      category
      active
      caseId
      givenAt
      validUntil
      evidence
      withdrawnAt
      recipientAgency {
        id
        name
        type
      }
      recordedByAgency {
        id
        name
        type
      }
    }
    conflictOfDutiesDecisions(caseId: $caseId) {
      id
      category
      active
      decidedAt
      decidedBy
      withdrawnAt
      reasoning
      decidedByAgency {
        id
        name
        type
      }
      recipientAgency {
        id
        name
        type
      }
    }
  }
`);
