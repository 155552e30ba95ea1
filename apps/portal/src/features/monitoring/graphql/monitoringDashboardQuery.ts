import { graphql } from '../../../gql';

export const MONITORING_DASHBOARD_QUERY = graphql(`
  query MonitoringDashboard {
    monitoringDashboard {
      openReferrals
      oldestReferral {
        caseId
        reference
        since
        waitingDays
      }
      byStatus {
        status
        count
      }
      byWijk {
        wijk
        withheld
        openCount
        totalCount
      }
    }
  }
`);
