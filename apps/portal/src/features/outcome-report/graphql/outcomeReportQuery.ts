import { graphql } from '../../../gql';

export const OUTCOME_REPORT_QUERY = graphql(`
  query OutcomeReport($filter: OutcomeReportFilter) {
    outcomeReport(filter: $filter) {
      from
      to
      minCellSize
      withheldCells
      areas {
        id
        name
      }
      cells {
        ...OutcomeFigureFields
      }
      quarters {
        ...OutcomeFigureFields
      }
      total {
        ...OutcomeFigureFields
      }
    }
  }

  fragment OutcomeFigureFields on OutcomeFigures {
    quarter
    areaId
    areaName
    theme
    referred
    triaged
    averageDaysToTriage
    planned
    averageDaysToPlan
    actionCases
    actionsDue
    actionsOnTime
    closed
    outcomes {
      outcome
      cases
    }
    lifeDomains {
      domain
      cases
      averageChange
    }
    signalCases
    signals
    couplingCases
    couplings
  }
`);
