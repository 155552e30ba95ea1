import { graphql } from '../../../gql';

/** "View as": the case exactly as an ordinary professional of that agency would get it. */
export const CASE_AS_AGENCY_QUERY = graphql(`
  query CaseAsAgency($caseId: ID!, $agencyId: ID!) {
    caseAsAgency(caseId: $caseId, agencyId: $agencyId) {
      agency {
        id
        name
        type
      }
      canReadCase
      case {
        ...CaseDetailFields
      }
    }
  }
`);
