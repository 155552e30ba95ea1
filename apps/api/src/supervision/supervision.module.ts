import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { SupervisionConditionService } from './supervision-condition.service';
import { SupervisionResolver } from './supervision.resolver';
import { ViolationSignalService } from './violation-signal.service';

@Module({
  imports: [SharingModule],
  providers: [SupervisionResolver, SupervisionConditionService, ViolationSignalService],
})
export class SupervisionModule {}
