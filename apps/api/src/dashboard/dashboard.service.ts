import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { PolicyService } from '../sharing/policy.service';
import type { MonitoringDashboardModel } from './dashboard.model';
import { dashboardQuery } from './dashboard.queries';

type Row = Omit<MonitoringDashboardModel, 'oldestReferral'> & {
  oldestReferral: { caseId: string; reference: string; since: string } | null;
};

/** The procesregisseur's monitoring figures: one statement besides the session and the policy. */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async dashboard(user: Caller): Promise<MonitoringDashboardModel> {
    const { ability } = await user.policy();
    const statement = dashboardQuery(ability, user.regionId, user.agencyId);
    if (!statement) return { openReferrals: 0, oldestReferral: null, byStatus: [], byWijk: [] };
    const [row] = await this.db.query<Row[]>(statement.sql, statement.params);
    const { oldestReferral, ...counts } = row!;
    return {
      ...counts,
      oldestReferral: oldestReferral && {
        ...oldestReferral,
        since: new Date(oldestReferral.since),
      },
    };
  }
}
