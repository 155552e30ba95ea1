import { graphql } from '../../../gql';

export const LIFE_DOMAIN_MOMENT_FIELDS = graphql(`
  fragment LifeDomainMomentFields on LifeDomainScoreMoment {
    moment
    planVersionId
    planVersionNumber
    planAdoptedOn
    assessment {
      id
      revision
      recordedAt
      updatedAt
      recordedByAgency {
        id
        name
      }
      scores {
        domain
        category
        access
        score
      }
    }
  }
`);

/** The scores over time and, beside them, the goals of the plan in force per domain. */
export const CASE_LIFE_DOMAIN_SCORES_QUERY = graphql(`
  query CaseLifeDomainScores($caseId: ID!) {
    caseLifeDomainScores(caseId: $caseId) {
      caseId
      scorableDomains
      moments {
        ...LifeDomainMomentFields
      }
    }
    casePlan(caseId: $caseId) {
      caseId
      adopted {
        id
        number
        goals {
          id
          lifeDomain
          description
        }
      }
      draft {
        id
        number
        goals {
          id
          lifeDomain
          description
        }
      }
    }
  }
`);

export const SCORE_LIFE_DOMAINS_MUTATION = graphql(`
  mutation ScoreLifeDomains($input: ScoreLifeDomainsInput!) {
    scoreLifeDomains(input: $input) {
      ...LifeDomainMomentFields
    }
  }
`);
