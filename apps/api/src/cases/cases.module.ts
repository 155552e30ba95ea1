import { Module } from '@nestjs/common';
import { InformationModule } from '../information/information.module';
import { SharingModule } from '../sharing/sharing.module';
import { CasePreviewService } from './case-preview.service';
import { CaseResolver } from './case.resolver';
import { CaseService } from './case.service';

@Module({
  imports: [SharingModule, InformationModule],
  providers: [CaseResolver, CaseService, CasePreviewService],
  exports: [CaseService],
})
export class CasesModule {}
