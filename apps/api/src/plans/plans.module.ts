import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { MyActionsResolver } from './my-actions.resolver';
import { MyActionsService } from './my-actions.service';
import { PlanAccessService } from './plan-access.service';
import { PlanEditService } from './plan-edit.service';
import { PlanOverdueScheduler } from './plan-overdue.scheduler';
import { PlanProgressService } from './plan-progress.service';
import { PlanResolver } from './plan.resolver';
import { PlanService } from './plan.service';

@Module({
  imports: [SharingModule],
  providers: [
    PlanAccessService,
    PlanService,
    PlanEditService,
    PlanProgressService,
    MyActionsService,
    PlanOverdueScheduler,
    PlanResolver,
    MyActionsResolver,
  ],
  // The monitoring dashboard reads overdueActionCounts().
  exports: [MyActionsService],
})
export class PlansModule {}
