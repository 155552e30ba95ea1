import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { AddressProposalResolver } from './address-proposal.resolver';
import { AddressProposalService } from './address-proposal.service';
import { ReferralResolver } from './referral.resolver';
import { ReferralService } from './referral.service';
import { TriageService } from './triage.service';

@Module({
  imports: [SharingModule],
  providers: [
    ReferralResolver,
    ReferralService,
    TriageService,
    AddressProposalResolver,
    AddressProposalService,
  ],
})
export class ReferralsModule {}
