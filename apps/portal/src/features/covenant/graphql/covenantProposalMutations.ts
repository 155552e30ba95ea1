import { graphql } from '../../../gql';

export const PROPOSE_COVENANT_CHANGE_MUTATION = graphql(`
  mutation ProposeCovenantChange($input: UpdateCovenantInput!) {
    proposeCovenantChange(input: $input) {
      ...CovenantProposalFields
    }
  }
`);

export const APPROVE_COVENANT_PROPOSAL_MUTATION = graphql(`
  mutation ApproveCovenantProposal($input: DecideCovenantProposalInput!) {
    approveCovenantProposal(input: $input) {
      ...CovenantProposalFields
    }
  }
`);

export const REJECT_COVENANT_PROPOSAL_MUTATION = graphql(`
  mutation RejectCovenantProposal($input: DecideCovenantProposalInput!) {
    rejectCovenantProposal(input: $input) {
      ...CovenantProposalFields
    }
  }
`);
