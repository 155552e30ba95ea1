import { graphql } from '../../../gql';

/** Everything the dossier page shows; the same for the own view and for "view as". */
export const CASE_DETAIL_FIELDS = graphql(`
  fragment CaseDetailFields on Case {
    id
    reference
    theme
    status
    createdAt
    updatedAt
    accessBasis
    readOnly
    viewedAs {
      id
      name
      type
    }
    referringAgency {
      id
      name
      type
    }
    casusregisseurAgency {
      id
      name
      type
    }
    casusregisseur {
      id
      displayName
    }
    subject {
      id
      givenNames {
        ...ProtectedStringFields
      }
      familyName {
        ...ProtectedStringFields
      }
      dateOfBirth {
        ...ProtectedStringFields
      }
      bsn {
        ...ProtectedStringFields
      }
      address {
        access
        category
        value {
          street
          houseNumber
          postcode
          city
          wijk
        }
      }
    }
    categoryAccess {
      category
      access
      accessBasis
      canWrite
    }
    informationItems {
      ...InformationItemFields
    }
    informationItemCounts {
      category
      count
    }
    participants(includeEnded: true) {
      id
      active
      role
      reason
      reasonAccess
      reasonCategories
      legalBasis
      startedAt
      endedAt
      endReason
      agency {
        id
        name
        type
      }
    }
  }
`);
