import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { ReferralResolver } from './referral.resolver';
import { ReferralService } from './referral.service';
import { TriageService } from './triage.service';

@Module({
  imports: [SharingModule],
  providers: [ReferralResolver, ReferralService, TriageService],
})
export class ReferralsModule {}
