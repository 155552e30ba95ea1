import { graphql } from '../../../gql';

export const AGENCY_SSO_QUERY = graphql(`
  query AgencySso($agencyId: ID!) {
    agencySso(agencyId: $agencyId) {
      agencyId
      issuer
      clientId
      clientAuth
      hasClientSecret
      emailDomains
      jitProvisioning
      redirectUri
    }
  }
`);

export const OWN_AGENCY_SSO_QUERY = graphql(`
  query OwnAgencySso {
    ownAgencySso {
      agencyId
      issuer
      emailDomains
      jitProvisioning
    }
  }
`);

export const CONFIGURE_AGENCY_SSO_MUTATION = graphql(`
  mutation ConfigureAgencySso($input: ConfigureAgencySsoInput!) {
    configureAgencySso(input: $input) {
      agencyId
      issuer
      clientId
      clientAuth
      hasClientSecret
      emailDomains
      jitProvisioning
      redirectUri
    }
  }
`);

export const SET_AGENCY_JIT_MUTATION = graphql(`
  mutation SetAgencyJitProvisioning($enabled: Boolean!) {
    setAgencyJitProvisioning(enabled: $enabled) {
      agencyId
      jitProvisioning
    }
  }
`);
