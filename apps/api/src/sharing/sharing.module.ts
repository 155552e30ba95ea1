import { Module } from '@nestjs/common';
import { CaseAccessService } from './case-access.service';
import { PolicyService } from './policy.service';

@Module({
  providers: [PolicyService, CaseAccessService],
  exports: [PolicyService, CaseAccessService],
})
export class SharingModule {}
