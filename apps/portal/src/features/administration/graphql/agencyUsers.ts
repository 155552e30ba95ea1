import { graphql } from '../../../gql';

export const MANAGED_USER_FIELDS = graphql(`
  fragment ManagedUserFields on ManagedUser {
    id
    email
    displayName
    roles
    active
    activated
    activationExpiresAt
    leftAt
    accessReviewDueAt
  }
`);

export const AGENCY_USERS_QUERY = graphql(`
  query AgencyUsers {
    agencyUsers {
      ...ManagedUserFields
    }
  }
`);

export const INVITE_USER_MUTATION = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      mailed
      activationLink
      user {
        ...ManagedUserFields
      }
    }
  }
`);

export const DISABLE_USER_MUTATION = graphql(`
  mutation DisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      ...ManagedUserFields
    }
  }
`);

export const ENABLE_USER_MUTATION = graphql(`
  mutation EnableUser($userId: ID!) {
    enableUser(userId: $userId) {
      ...ManagedUserFields
    }
  }
`);
