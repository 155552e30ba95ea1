import { graphql } from '../../../gql';

export const CASE_CLOSURE_QUERY = graphql(`
  query CaseClosure($caseId: ID!) {
    caseClosure(caseId: $caseId) {
      ...CaseClosureFields
    }
  }
`);

export const CASE_CLOSURE_FIELDS = graphql(`
  fragment CaseClosureFields on CaseClosure {
    caseId
    outcome
    reason
    closedAt
    graceDays
    accessEndsAt
    closedByAgency {
      id
      name
    }
  }
`);
