import { graphql } from '../../../gql';

export const AREAS_QUERY = graphql(`
  query Areas($includeInactive: Boolean!) {
    areas(includeInactive: $includeInactive) {
      id
      name
      active
      version
      ranges {
        from
        to
      }
    }
  }
`);

export const AREA_FOR_POSTCODE_QUERY = graphql(`
  query AreaForPostcode($postcode: String!) {
    areaForPostcode(postcode: $postcode) {
      id
      name
    }
  }
`);

export const CREATE_AREA_MUTATION = graphql(`
  mutation CreateArea($input: CreateAreaInput!) {
    createArea(input: $input) {
      id
      name
    }
  }
`);

export const UPDATE_AREA_MUTATION = graphql(`
  mutation UpdateArea($input: UpdateAreaInput!) {
    updateArea(input: $input) {
      id
      name
      active
      version
      ranges {
        from
        to
      }
    }
  }
`);

export const AREA_IMPORT_PREVIEW_QUERY = graphql(`
  query AreaImportPreview($csv: String!) {
    areaImportPreview(csv: $csv) {
      lines {
        line
        wijk
        range
        status
        problems {
          column
          code
          otherArea
        }
      }
      fileProblems {
        code
      }
      newAreas
      changedAreas
      unchangedAreas
      errorLines
      personsReassigned
    }
  }
`);

export const IMPORT_AREAS_MUTATION = graphql(`
  mutation ImportAreas($csv: String!) {
    importAreas(csv: $csv) {
      lines {
        line
        wijk
        range
        status
        problems {
          column
          code
          otherArea
        }
      }
      fileProblems {
        code
      }
      newAreas
      changedAreas
      unchangedAreas
      errorLines
      personsReassigned
    }
  }
`);
