import { graphql } from '../../../gql';

export const REGION_AGENCY_FIELDS = graphql(`
  fragment RegionAgencyFields on RegionAgency {
    id
    name
    type
    contactName
    contactEmail
    contactPhone
    covenantSignedVersion
    covenantSignedOn
    currentCovenantVersion
    covenantStatus
    accessUntil
    activeUsers
    agencyAdmins
    agencyAdminAccounts {
      displayName
      email
      activated
    }
    settingsVersion
  }
`);

/** The region's agencies; the detail page reads one of them from the same list. */
export const REGION_AGENCIES_QUERY = graphql(`
  query RegionAgencies {
    regionAgencies {
      ...RegionAgencyFields
    }
  }
`);

/** The adopted covenant versions an agency can have signed, newest first. */
export const COVENANT_VERSION_CHOICES_QUERY = graphql(`
  query CovenantVersionChoices {
    covenantVersions {
      version
      createdAt
      approvedAt
    }
  }
`);

export const CREATE_REGION_AGENCY_MUTATION = graphql(`
  mutation CreateRegionAgency($input: RegionAgencyInput!) {
    createRegionAgency(input: $input) {
      ...RegionAgencyFields
    }
  }
`);

export const UPDATE_REGION_AGENCY_MUTATION = graphql(`
  mutation UpdateRegionAgency($input: UpdateRegionAgencyInput!) {
    updateRegionAgency(input: $input) {
      ...RegionAgencyFields
    }
  }
`);

export const RECORD_COVENANT_SIGNATURE_MUTATION = graphql(`
  mutation RecordCovenantSignature($input: RecordCovenantSignatureInput!) {
    recordCovenantSignature(input: $input) {
      ...RegionAgencyFields
    }
  }
`);

export const INVITE_AGENCY_ADMIN_MUTATION = graphql(`
  mutation InviteAgencyAdmin($input: InviteAgencyAdminInput!) {
    inviteAgencyAdmin(input: $input) {
      mailed
      activationLink
      user {
        id
        email
      }
    }
  }
`);
