import { graphql } from '../../../gql';

export const PLAN_VERSIONS_QUERY = graphql(`
  query PlanVersions($caseId: ID!) {
    planVersions(caseId: $caseId) {
      id
      number
      status
      adoptedOn
      basedOnNumber
      goalCount
      actionCount
      adoptedByAgency {
        id
        name
      }
    }
  }
`);

export const PLAN_VERSION_DIFF_QUERY = graphql(`
  query PlanVersionDiff($caseId: ID!, $from: Int!, $to: Int!) {
    planVersionDiff(caseId: $caseId, from: $from, to: $to) {
      kind
      field
      lifeDomain
      goal
      action
      from
      to
    }
  }
`);
