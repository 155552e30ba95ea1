import { graphql } from '../../../gql';

export const DSR_PART_TASK_FIELDS = graphql(`
  fragment DataSubjectRequestPartTaskFields on DataSubjectRequestPartTask {
    id
    requestId
    requestType
    requestStatus
    agencyName
    givenNames
    familyName
    dateOfBirth
    receivedOn
    deadline
    daysLeft
    reviewStatus
    reviewStartedAt
    releasedAt
    releasedByName
    releaseNote
    revision
  }
`);

export const DATA_SUBJECT_REQUEST_PART_TASKS_QUERY = graphql(`
  query DataSubjectRequestPartTasks {
    dataSubjectRequestPartTasks {
      ...DataSubjectRequestPartTaskFields
    }
  }
`);

export const DATA_SUBJECT_REQUEST_PART_REVIEW_QUERY = graphql(`
  query DataSubjectRequestPartReview($id: ID!) {
    dataSubjectRequestPartReview(id: $id) {
      part {
        ...DataSubjectRequestPartTaskFields
      }
      participations {
        caseReference
        role
        from
        until
        legalBasis
      }
      items {
        date
        category
        caseReference
        legalBasis
        text
      }
      planActions {
        caseReference
        description
        dueDate
        status
      }
    }
  }
`);

export const START_DATA_SUBJECT_REQUEST_PART_REVIEW_MUTATION = graphql(`
  mutation StartDataSubjectRequestPartReview($input: StartDataSubjectRequestPartReviewInput!) {
    startDataSubjectRequestPartReview(input: $input) {
      ...DataSubjectRequestPartTaskFields
    }
  }
`);

export const RELEASE_DATA_SUBJECT_REQUEST_PART_MUTATION = graphql(`
  mutation ReleaseDataSubjectRequestPart($input: ReleaseDataSubjectRequestPartInput!) {
    releaseDataSubjectRequestPart(input: $input) {
      ...DataSubjectRequestPartTaskFields
    }
  }
`);
