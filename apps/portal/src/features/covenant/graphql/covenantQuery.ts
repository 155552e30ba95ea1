import { graphql } from '../../../gql';

/** One version (the current one without `version`) and the list of all versions. */
export const COVENANT_QUERY = graphql(`
  query Covenant($version: Int) {
    covenant(version: $version) {
      ...CovenantFields
    }
    covenantVersions {
      version
      createdAt
      createdBy
      note
    }
  }
`);
