import { graphql } from '../../../gql';

export const DSR_SUMMARY_FIELDS = graphql(`
  fragment DataSubjectRequestSummary on DataSubjectRequest {
    id
    type
    status
    personId
    givenNames
    familyName
    receivedOn
    deadline
    overdue
    daysLeft
    partsTotal
    partsDone
    revision
  }
`);

export const DSR_DETAIL_FIELDS = graphql(`
  fragment DataSubjectRequestDetail on DataSubjectRequest {
    ...DataSubjectRequestSummary
    dateOfBirth
    bsn
    identityVerification
    originalDeadline
    extendedDeadline
    extensionReason
    includeEmployeeNames
    outcome
    closedAt
    parts {
      id
      agencyId
      agencyName
      agencyType
      status
      note
      revision
      updatedAt
      updatedByName
      reviewStatus
      releasedAt
      releasedByName
      releaseNote
    }
  }
`);

export const DATA_SUBJECT_REQUESTS_QUERY = graphql(`
  query DataSubjectRequests {
    dataSubjectRequests {
      ...DataSubjectRequestSummary
    }
  }
`);

export const DATA_SUBJECT_REQUEST_QUERY = graphql(`
  query DataSubjectRequest($id: ID!) {
    dataSubjectRequest(id: $id) {
      ...DataSubjectRequestDetail
    }
  }
`);

export const DATA_SUBJECT_PERSON_CANDIDATES_QUERY = graphql(`
  query DataSubjectPersonCandidates($input: SearchPersonsInput!) {
    dataSubjectPersonCandidates(input: $input) {
      id
      givenNames
      familyName
      dateOfBirth
      bsn
      city
      agenciesHoldingData
    }
  }
`);

export const REGISTER_DATA_SUBJECT_REQUEST_MUTATION = graphql(`
  mutation RegisterDataSubjectRequest($input: RegisterDataSubjectRequestInput!) {
    registerDataSubjectRequest(input: $input) {
      ...DataSubjectRequestDetail
    }
  }
`);

export const CHANGE_DATA_SUBJECT_REQUEST_STATUS_MUTATION = graphql(`
  mutation ChangeDataSubjectRequestStatus($input: ChangeDataSubjectRequestStatusInput!) {
    changeDataSubjectRequestStatus(input: $input) {
      ...DataSubjectRequestDetail
    }
  }
`);

export const EXTEND_DATA_SUBJECT_REQUEST_MUTATION = graphql(`
  mutation ExtendDataSubjectRequest($input: ExtendDataSubjectRequestInput!) {
    extendDataSubjectRequest(input: $input) {
      ...DataSubjectRequestDetail
    }
  }
`);

export const UPDATE_DATA_SUBJECT_REQUEST_PART_MUTATION = graphql(`
  mutation UpdateDataSubjectRequestPart($input: UpdateDataSubjectRequestPartInput!) {
    updateDataSubjectRequestPart(input: $input) {
      ...DataSubjectRequestDetail
    }
  }
`);
