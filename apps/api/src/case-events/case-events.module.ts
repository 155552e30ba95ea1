import { Global, Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { CaseEventResolver } from './case-event.resolver';
import { CaseEventService } from './case-event.service';

/** Global: every workflow feature appends to the timeline. */
@Global()
@Module({
  imports: [SharingModule],
  providers: [CaseEventResolver, CaseEventService],
  exports: [CaseEventService],
})
export class CaseEventsModule {}
