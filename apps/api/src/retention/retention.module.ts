import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { RetentionJobService } from './retention-job.service';
import { RetentionResolver } from './retention.resolver';
import { RetentionScheduler } from './retention.scheduler';
import { RetentionService } from './retention.service';

@Module({
  imports: [SharingModule],
  providers: [RetentionService, RetentionJobService, RetentionScheduler, RetentionResolver],
  exports: [RetentionJobService],
})
export class RetentionModule {}
