import { Args, Query, Resolver } from '@nestjs/graphql';
import { NotAudited } from '../audit/audited.decorator';
import type { Caller } from '../auth/caller';
import { CurrentCaller } from '../auth/decorators/current-caller.decorator';
import { RequireRoles } from '../auth/decorators/policy.decorator';
import { OutcomeReportFilterInput, OutcomeReportModel } from './outcome-report.model';
import { OutcomeReportService } from './outcome-report.service';

@Resolver()
export class OutcomeReportResolver {
  constructor(private readonly service: OutcomeReportService) {}

  // The procesregisseur and the partners' managers (their agency administrators, ADR 0037):
  // anonymous figures of the whole region, no cell under five cases, no person.
  @RequireRoles('PROCESREGISSEUR', 'AGENCY_ADMIN')
  @NotAudited('anonymous aggregates, no cell under five cases')
  @Query(() => OutcomeReportModel, {
    description: "The region's outcome report per quarter, anonymous (ADR 0037).",
  })
  outcomeReport(
    @CurrentCaller() user: Caller,
    @Args('filter', { type: () => OutcomeReportFilterInput, nullable: true })
    filter: OutcomeReportFilterInput | null,
  ): Promise<OutcomeReportModel> {
    return this.service.report(user, filter);
  }
}
