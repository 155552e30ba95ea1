import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { PolicyService } from '../sharing/policy.service';
import type { MonitoringDashboardModel } from './dashboard.model';
import {
  compactCountsQuery,
  dashboardCountsQuery,
  dashboardQuery,
  participationOnlyAddress,
} from './dashboard.queries';

type Row = Omit<MonitoringDashboardModel, 'oldestReferral'> & {
  oldestReferral: { caseId: string; reference: string; since: string; waitingDays: number } | null;
  deltaRows?: number;
};

/** More count rows than this for one agency: fold them (the read sums them all). */
const COMPACT_AFTER_ROWS = 2_000;

/** The procesregisseur's monitoring figures: one statement besides the session and the policy. */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  /**
   * From the incremental counts when the caller's rules reduce to "my region, my agency takes
   * part" (ADR 0014); otherwise the full statement, which counts every case of the region.
   */
  async dashboard(user: Caller): Promise<MonitoringDashboardModel> {
    const { ability } = await user.policy();
    const addressReadable = participationOnlyAddress(ability, user.regionId, user.agencyId);
    if (addressReadable === null) return this.fullDashboard(user);
    const statement = dashboardCountsQuery(ability, user.regionId, user.agencyId, addressReadable);
    const [row] = await this.db.query<Row[]>(statement.sql, statement.params);
    const { deltaRows, ...answer } = row!;
    if ((deltaRows ?? 0) > COMPACT_AFTER_ROWS) {
      const compact = compactCountsQuery(user.regionId, user.agencyId);
      await this.db.query(compact.sql, compact.params);
    }
    return toModel(answer);
  }

  /** Today's statement: every readable case of the region counted (any rule of the caller). */
  async fullDashboard(user: Caller): Promise<MonitoringDashboardModel> {
    const { ability } = await user.policy();
    const statement = dashboardQuery(ability, user.regionId, user.agencyId);
    if (!statement) return { openReferrals: 0, oldestReferral: null, byStatus: [], byWijk: [] };
    const [row] = await this.db.query<Row[]>(statement.sql, statement.params);
    return toModel(row!);
  }
}

function toModel(row: Row): MonitoringDashboardModel {
  const { oldestReferral, ...counts } = row;
  return {
    ...counts,
    oldestReferral: oldestReferral && {
      ...oldestReferral,
      since: new Date(oldestReferral.since),
    },
  };
}
