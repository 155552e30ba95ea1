import { graphql } from '../../../gql';

/**
 * One version (the current one without `version`), the list of all versions, and the legal
 * ceiling every version is held to.
 */
export const COVENANT_QUERY = graphql(`
  query Covenant($version: Int) {
    covenant(version: $version) {
      ...CovenantFields
    }
    covenantVersions {
      version
      createdAt
      createdBy
      approvedBy
      approvedAt
      note
    }
    covenantLegalCeiling {
      category
      regime
      read
      readSummary
      write
    }
  }
`);
