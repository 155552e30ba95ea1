import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { AgreedApproachLookupService } from './agreed-approach-lookup.service';
import { AgreedApproachResolver } from './agreed-approach.resolver';
import { AgreedApproachService } from './agreed-approach.service';

@Module({
  imports: [SharingModule],
  providers: [AgreedApproachResolver, AgreedApproachService, AgreedApproachLookupService],
})
export class AgreedApproachesModule {}
