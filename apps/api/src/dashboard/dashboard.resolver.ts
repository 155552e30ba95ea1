import { NotAudited } from '../audit/audited.decorator';
import { Query, Resolver } from '@nestjs/graphql';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { MonitoringDashboardModel } from './dashboard.model';
import { DashboardService } from './dashboard.service';

@Resolver()
export class DashboardResolver {
  constructor(private readonly service: DashboardService) {}

  @RequireRoles('PROCESREGISSEUR')
  @NotAudited('aggregate counts only')
  @Query(() => MonitoringDashboardModel, {
    description:
      'Open referrals, cases by status and by wijk, over the cases the procesregisseur may read.',
  })
  monitoringDashboard(@CurrentCaller() user: Caller): Promise<MonitoringDashboardModel> {
    return this.service.dashboard(user);
  }
}
