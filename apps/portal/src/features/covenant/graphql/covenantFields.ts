import { graphql } from '../../../gql';

export const COVENANT_FIELDS = graphql(`
  fragment CovenantFields on Covenant {
    version
    createdAt
    createdBy
    note
    current
    entries {
      agencyType
      agency {
        id
        name
        type
      }
      category
      read
      readSummary
      write
    }
  }
`);
