import { graphql } from '../../../gql';

/**
 * "Bekijk als": the shape of what an ordinary professional of that agency would get, with content
 * only where the caller's own view shows it too.
 */
export const CASE_AS_AGENCY_QUERY = graphql(`
  query CaseAsAgency($caseId: ID!, $agencyId: ID!) {
    caseAsAgency(caseId: $caseId, agencyId: $agencyId) {
      agency {
        id
        name
        type
      }
      caseId
      reference
      canReadCase
      targetBasis
      withheldBecause
      viewerCanReadCase
      subject {
        field
        category
        targetAccess
        targetBasis
        withheldBecause
        access
        value
      }
      categories {
        category
        targetAccess
        targetBasis
        withheldBecause
        access
        itemCount
      }
      items {
        id
        category
        createdAt
        sourceAgency {
          id
          name
        }
        targetAccess
        targetBasis
        withheldBecause
        access
        text
        summary
      }
    }
  }
`);
