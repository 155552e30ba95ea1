import { graphql } from '../../../gql';

export const REFERRAL_PERSON_LOOKUP_QUERY = graphql(`
  query ReferralPersonLookup($input: ReferralPersonLookupInput!) {
    referralPersonLookup(input: $input) {
      caseIds
      person {
        id
        givenNames {
          access
          value
        }
        familyName {
          access
          value
        }
        dateOfBirth {
          access
          value
        }
        address {
          access
          value {
            wijk
          }
        }
      }
    }
  }
`);

/** The categories the own agency may give the referral's texts (what it may write). */
export const REFERRAL_REASON_CATEGORIES_QUERY = graphql(`
  query ReferralReasonCategories {
    referralReasonCategories
  }
`);

export const CREATE_REFERRAL_MUTATION = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      caseId
      reference
      status
    }
  }
`);

export const TRIAGE_QUEUE_QUERY = graphql(`
  query TriageQueue {
    triageQueue {
      ...TriageReferralFields
    }
  }
`);

export const TRIAGE_REFERRAL_FIELDS = graphql(`
  fragment TriageReferralFields on Referral {
    caseId
    reference
    theme
    status
    referredAt
    waitingDays
    referringAgency {
      id
      name
      type
    }
    referredByName
    person {
      id
      givenNames {
        access
        value
      }
      familyName {
        access
        value
      }
      dateOfBirth {
        access
        value
      }
    }
    reason
    goal
    reasonAccess
    reasonCategories
    proposedAgencies {
      id
      name
      type
    }
    personInformed
    notInformedReason
    possibleMatches {
      personId
      givenNames
      familyName
      dateOfBirth
      wijk
      caseCount
      bsnMatches
    }
    areaTeams {
      id
      name
      agency {
        id
        name
      }
      areas {
        id
        name
      }
    }
    bsnConflict
    matchDecision
    canDecide
  }
`);

export const DECIDE_REFERRAL_MUTATION = graphql(`
  mutation DecideReferral($input: DecideReferralInput!) {
    decideReferral(input: $input) {
      caseId
      reference
      status
      decision
    }
  }
`);
