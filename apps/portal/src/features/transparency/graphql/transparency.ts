import { graphql } from '../../../gql';

export const PERSON_INFORMED_FIELDS = graphql(`
  fragment CasePersonInformedFields on CasePersonInformed {
    caseId
    access
    mayRecord
    mayGenerateLetter
    record {
      id
      informed
      informedOn
      informedBy {
        id
        name
      }
      notInformedReason
      explanation
      recordedBy {
        id
        name
      }
      recordedAt
      revision
    }
    referralAnswer {
      informed
      referredOn
      referrer {
        id
        name
      }
    }
    agencies {
      id
      name
    }
  }
`);

export const CASE_PERSON_INFORMED_QUERY = graphql(`
  query CasePersonInformed($caseId: ID!) {
    casePersonInformed(caseId: $caseId) {
      ...CasePersonInformedFields
    }
  }
`);

export const RECORD_PERSON_INFORMED_MUTATION = graphql(`
  mutation RecordPersonInformed($input: RecordPersonInformedInput!) {
    recordPersonInformed(input: $input) {
      ...CasePersonInformedFields
    }
  }
`);

/** The transparency letter of a case in one language (served by the API, ADR 0035). */
export const letterUrl = (caseId: string, lang: 'nl' | 'en') =>
  `/cases/${encodeURIComponent(caseId)}/transparency-letter.pdf?lang=${lang}`;
