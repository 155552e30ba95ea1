import { graphql } from '../../../gql';

export const ADD_CASE_PARTICIPANT_MUTATION = graphql(`
  mutation AddCaseParticipant($input: AddCaseParticipantInput!) {
    addCaseParticipant(input: $input) {
      id
      caseId
      reasonAccess
    }
  }
`);
