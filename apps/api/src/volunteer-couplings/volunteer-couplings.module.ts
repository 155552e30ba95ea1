import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { VolunteerCouplingResolver } from './volunteer-coupling.resolver';
import { VolunteerCouplingService } from './volunteer-coupling.service';

@Module({
  imports: [SharingModule],
  providers: [VolunteerCouplingResolver, VolunteerCouplingService],
  exports: [VolunteerCouplingService],
})
export class VolunteerCouplingsModule {}
