import { graphql } from '../../../gql';

export const ADDRESS_PROPOSAL_FIELDS = graphql(`
  fragment AddressProposalFields on ReferralAddressProposal {
    id
    caseId
    status
    proposedByAgency
    proposedAt
    decidedByName
    decidedAt
    proposed {
      street
      houseNumber
      postcode
      city
    }
    current {
      street
      houseNumber
      postcode
      city
    }
  }
`);

export const ADDRESS_PROPOSALS_QUERY = graphql(`
  query ReferralAddressProposals($caseId: ID!) {
    referralAddressProposals(caseId: $caseId) {
      ...AddressProposalFields
    }
  }
`);

export const DECIDE_ADDRESS_PROPOSAL_MUTATION = graphql(`
  mutation DecideReferralAddressProposal($input: DecideAddressProposalInput!) {
    decideReferralAddressProposal(input: $input) {
      ...AddressProposalFields
    }
  }
`);
