import { graphql } from '../../../gql';

export const VOLUNTEER_COUPLING_FIELDS = graphql(`
  fragment VolunteerCouplingFields on VolunteerCoupling {
    id
    status
    revision
    requestedAt
    access
    firstName
    ageBand
    wijk
    helpAsked
    helpOther
    availability
    safetyNote
    offenceSummary
    decidedAt
    declineReason
    volunteerName
    volunteerPhone
    coupledAt
    endedAt
    endReason
    endText
    volunteerAgency {
      id
      name
    }
    requestedByAgency {
      id
      name
    }
    progress {
      id
      notedOn
      note
    }
  }
`);

export const CASE_VOLUNTEER_COUPLINGS_QUERY = graphql(`
  query CaseVolunteerCouplings($caseId: ID!) {
    caseVolunteerCouplings(caseId: $caseId) {
      caseId
      access
      mayRequest
      organisations {
        id
        name
        consented
        justiceConsented
      }
      couplings {
        ...VolunteerCouplingFields
      }
    }
  }
`);

export const REQUEST_VOLUNTEER_MATCH_MUTATION = graphql(`
  mutation RequestVolunteerMatch($input: RequestVolunteerMatchInput!) {
    requestVolunteerMatch(input: $input) {
      ...VolunteerCouplingFields
    }
  }
`);

export const VOLUNTEER_MATCH_REQUESTS_QUERY = graphql(`
  query VolunteerMatchRequests {
    volunteerMatchRequests {
      ...VolunteerCouplingFields
    }
  }
`);

export const VOLUNTEER_MATCH_REQUEST_QUERY = graphql(`
  query VolunteerMatchRequest($id: ID!) {
    volunteerMatchRequest(id: $id) {
      ...VolunteerCouplingFields
    }
  }
`);

export const DECIDE_VOLUNTEER_MATCH_MUTATION = graphql(`
  mutation DecideVolunteerMatch($input: DecideVolunteerMatchInput!) {
    decideVolunteerMatch(input: $input) {
      ...VolunteerCouplingFields
    }
  }
`);

export const COUPLE_VOLUNTEER_MUTATION = graphql(`
  mutation CoupleVolunteer($input: CoupleVolunteerInput!) {
    coupleVolunteer(input: $input) {
      ...VolunteerCouplingFields
    }
  }
`);

export const REPORT_COUPLING_PROGRESS_MUTATION = graphql(`
  mutation ReportCouplingProgress($input: CouplingProgressInput!) {
    reportCouplingProgress(input: $input) {
      ...VolunteerCouplingFields
    }
  }
`);

export const END_VOLUNTEER_COUPLING_MUTATION = graphql(`
  mutation EndVolunteerCoupling($input: EndCouplingInput!) {
    endVolunteerCoupling(input: $input) {
      ...VolunteerCouplingFields
    }
  }
`);

export const VOLUNTEER_COUPLING_FIGURES_QUERY = graphql(`
  query VolunteerCouplingFigures($year: Int!) {
    volunteerCouplingFigures(year: $year) {
      year
      goalMin
      goalMax
      organisations {
        agencyId
        agencyName
        requests
        couplings
        active
        averageDays
      }
    }
  }
`);
