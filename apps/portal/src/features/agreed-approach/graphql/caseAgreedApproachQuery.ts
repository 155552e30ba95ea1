import { graphql } from '../../../gql';

export const CASE_AGREED_APPROACH_QUERY = graphql(`
  query CaseAgreedApproach($caseId: ID!) {
    caseAgreedApproach(caseId: $caseId) {
      caseId
      access
      canEdit
      canSeeLookups
      card {
        instructions
        validUntil
        validity
        revision
        updatedAt
        updatedByAgency {
          id
          name
        }
        contacts {
          ...AgreedApproachContactFields
        }
      }
    }
  }
`);
