import { graphql } from '../../../gql';

export const INFORMATION_ITEM_FIELDS = graphql(`
  fragment InformationItemFields on InformationItem {
    id
    caseId
    category
    access
    accessBasis
    legalBasis
    createdAt
    summary
    text
    cursor
    revision
    rectifiedAt
    mayChange
    sourceAgency {
      id
      name
      type
    }
  }
`);
