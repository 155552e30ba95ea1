import { graphql } from '../../../gql';

export const SUPERVISION_CONDITION_FIELDS = graphql(`
  fragment SupervisionConditionFields on SupervisionCondition {
    id
    kind
    subject
    frequency
    alcoholMonitor
    notes
    legalSourceKind
    legalSourceDate
    parketNumber
    startsOn
    endsOn
    status
    revision
    sourceAgency {
      id
      name
    }
  }
`);

export const SUPERVISION_CONDITIONS_QUERY = graphql(`
  query SupervisionConditions($caseId: ID!) {
    supervisionConditions(caseId: $caseId) {
      caseId
      access
      mayRecord
      conditions {
        ...SupervisionConditionFields
      }
    }
  }
`);

export const RECORD_SUPERVISION_CONDITION_MUTATION = graphql(`
  mutation RecordSupervisionCondition($input: RecordSupervisionConditionInput!) {
    recordSupervisionCondition(input: $input) {
      ...SupervisionConditionFields
    }
  }
`);

export const UPDATE_SUPERVISION_CONDITION_MUTATION = graphql(`
  mutation UpdateSupervisionCondition($input: UpdateSupervisionConditionInput!) {
    updateSupervisionCondition(input: $input) {
      ...SupervisionConditionFields
    }
  }
`);

export const VIOLATION_SIGNAL_FIELDS = graphql(`
  fragment ViolationSignalFields on ViolationSignal {
    id
    conditionKind
    conditionSubject
    what
    occurredAt
    location
    seenBy
    reportedAt
    dueAt
    status
    reporterAgency {
      id
      name
    }
    assessmentAccess
    assessment
    followUp
    assessedAt
    revision
    mayAssess
  }
`);

export const VIOLATION_SIGNALS_QUERY = graphql(`
  query ViolationSignals($caseId: ID!) {
    violationSignals(caseId: $caseId) {
      ...ViolationSignalFields
    }
  }
`);

export const MY_VIOLATION_SIGNALS_QUERY = graphql(`
  query MyViolationSignals {
    myViolationSignals {
      ...ViolationSignalFields
    }
  }
`);

export const VIOLATION_SIGNALS_TO_ASSESS_QUERY = graphql(`
  query ViolationSignalsToAssess {
    violationSignalsToAssess {
      signal {
        ...ViolationSignalFields
      }
      caseId
      caseReference
      overdue
    }
  }
`);

export const REPORT_VIOLATION_MUTATION = graphql(`
  mutation ReportViolation($input: ReportViolationInput!) {
    reportViolation(input: $input) {
      ...ViolationSignalFields
    }
  }
`);

export const ASSESS_VIOLATION_MUTATION = graphql(`
  mutation AssessViolation($input: AssessViolationInput!) {
    assessViolation(input: $input) {
      ...ViolationSignalFields
    }
  }
`);
