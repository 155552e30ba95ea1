import { graphql } from '../../../gql';

export const CASUSREGISSEUR_CANDIDATES_QUERY = graphql(`
  query CasusregisseurCandidates($caseId: ID!) {
    casusregisseurCandidates(caseId: $caseId) {
      id
      displayName
      agency {
        id
        name
        type
      }
    }
  }
`);

export const APPOINT_CASUSREGISSEUR_MUTATION = graphql(`
  mutation AppointCasusregisseur($input: AppointCasusregisseurInput!) {
    appointCasusregisseur(input: $input)
  }
`);

export const END_CASE_PARTICIPATION_MUTATION = graphql(`
  mutation EndCaseParticipation($input: EndCaseParticipationInput!) {
    endCaseParticipation(input: $input) {
      id
      active
      endedAt
      endReason
    }
  }
`);

export const RECORD_CONSENT_MUTATION = graphql(`
  mutation RecordConsent($input: RecordConsentInput!) {
    recordConsent(input: $input) {
      id
      active
    }
  }
`);

export const WITHDRAW_CONSENT_MUTATION = graphql(`
  mutation WithdrawConsent($consentId: ID!) {
    withdrawConsent(consentId: $consentId) {
      id
      active
      withdrawnAt
    }
  }
`);

export const RECORD_DECISION_MUTATION = graphql(`
  mutation RecordConflictOfDutiesDecision($input: RecordConflictOfDutiesDecisionInput!) {
    recordConflictOfDutiesDecision(input: $input) {
      id
      active
    }
  }
`);

export const WITHDRAW_DECISION_MUTATION = graphql(`
  mutation WithdrawConflictOfDutiesDecision($decisionId: ID!) {
    withdrawConflictOfDutiesDecision(decisionId: $decisionId) {
      id
      active
      withdrawnAt
    }
  }
`);

export const BREAK_GLASS_MUTATION = graphql(`
  mutation BreakGlass($input: BreakGlassInput!) {
    breakGlass(input: $input) {
      id
      caseId
      expiresAt
    }
  }
`);
