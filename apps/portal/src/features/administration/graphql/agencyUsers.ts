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
    accessReviewedAt
    accessReviewDueAt
    accessReviewDue
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
      signsInWithSso
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

export const ACCESS_REVIEW_SUMMARY_QUERY = graphql(`
  query AccessReviewSummary {
    accessReviewSummary {
      dueCount
      reviewMonths
    }
  }
`);

export const CONFIRM_USER_ACCESS_MUTATION = graphql(`
  mutation ConfirmUserAccess($userId: ID!) {
    confirmUserAccess(userId: $userId) {
      ...ManagedUserFields
    }
  }
`);

export const SET_USER_ROLES_MUTATION = graphql(`
  mutation SetUserRoles($input: SetUserRolesInput!) {
    setUserRoles(input: $input) {
      ...ManagedUserFields
    }
  }
`);

export const MOVE_USER_OUT_MUTATION = graphql(`
  mutation MoveUserOut($input: MoveUserOutInput!) {
    moveUserOut(input: $input) {
      cases
      actions
      meetings
      adoptedActions
      user {
        ...ManagedUserFields
      }
    }
  }
`);
