import { graphql } from '../../../gql';

export const MONITORING_DASHBOARD_QUERY = graphql(`
  query MonitoringDashboard {
    monitoringDashboard {
      openReferrals
      oldestReferral {
        caseId
        reference
        since
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
