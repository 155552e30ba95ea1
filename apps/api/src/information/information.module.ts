import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { InformationResolver } from './information.resolver';
import { InformationService } from './information.service';

@Module({
  imports: [SharingModule],
  providers: [InformationResolver, InformationService],
  exports: [InformationService],
})
export class InformationModule {}
