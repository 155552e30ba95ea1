import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { LifeDomainScoresResolver } from './life-domain-scores.resolver';
import { LifeDomainScoresService } from './life-domain-scores.service';

@Module({
  imports: [SharingModule],
  providers: [LifeDomainScoresResolver, LifeDomainScoresService],
})
export class LifeDomainScoresModule {}
