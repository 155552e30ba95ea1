import { graphql } from '../../../gql';

export const RETENTION_QUERY = graphql(`
  query Retention {
    retentionPeriods {
      category
      months
      source
      revision
      updatedAt
      updatedByName
    }
    deletionRecords(first: 20) {
      id
      scope
      caseStatus
      closedOn
      deletedAt
      categories
      rowCount
      personDeleted
    }
  }
`);

export const LEGAL_HOLDS_QUERY = graphql(`
  query LegalHolds {
    legalHolds {
      ...LegalHoldFields
    }
  }
`);

export const LEGAL_HOLD_FIELDS = graphql(`
  fragment LegalHoldFields on LegalHold {
    id
    caseReference
    caseStatus
    closedAt
    reason
    setAt
    setByName
    releasedAt
  }
`);

export const UPDATE_RETENTION_PERIOD_MUTATION = graphql(`
  mutation UpdateRetentionPeriod($input: UpdateRetentionPeriodInput!) {
    updateRetentionPeriod(input: $input) {
      category
      months
      source
      revision
      updatedAt
      updatedByName
    }
  }
`);

export const SET_LEGAL_HOLD_MUTATION = graphql(`
  mutation SetLegalHold($input: SetLegalHoldInput!) {
    setLegalHold(input: $input) {
      ...LegalHoldFields
    }
  }
`);

export const RELEASE_LEGAL_HOLD_MUTATION = graphql(`
  mutation ReleaseLegalHold($input: ReleaseLegalHoldInput!) {
    releaseLegalHold(input: $input) {
      ...LegalHoldFields
    }
  }
`);
