import { graphql } from '../../../gql';

export const COVENANT_PROPOSAL_FIELDS = graphql(`
  fragment CovenantProposalFields on CovenantProposal {
    id
    status
    baseVersion
    resultingVersion
    note
    proposedBy
    proposedAt
    decidedBy
    decidedAt
    decisionReason
    canDecide
    changes {
      agencyType
      agency {
        id
        name
      }
      category
      before {
        read
        readSummary
        write
      }
      after {
        read
        readSummary
        write
      }
    }
  }
`);

/** Pending proposals first, then the newest decided ones. */
export const COVENANT_PROPOSALS_QUERY = graphql(`
  query CovenantProposals {
    covenantProposals {
      ...CovenantProposalFields
    }
  }
`);
