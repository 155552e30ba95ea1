import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AccessReviewResolver } from './access-review.resolver';
import { AccessReviewScheduler } from './access-review.scheduler';
import { AccessReviewService } from './access-review.service';
import { ActivationResolver } from './activation.resolver';
import { ActivationService } from './activation.service';
import { AgencyUsersResolver } from './agency-users.resolver';
import { AgencyUsersService } from './agency-users.service';
import { RegionAgenciesResolver } from './region-agencies.resolver';
import { RegionAgenciesService } from './region-agencies.service';

@Module({
  imports: [AuthModule],
  providers: [
    AccessReviewResolver,
    AccessReviewScheduler,
    AccessReviewService,
    ActivationResolver,
    ActivationService,
    AgencyUsersResolver,
    AgencyUsersService,
    RegionAgenciesResolver,
    RegionAgenciesService,
  ],
})
export class AdministrationModule {}
