import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { CaseClosingResolver } from './case-closing.resolver';
import { CaseClosingService } from './case-closing.service';

@Module({ imports: [SharingModule], providers: [CaseClosingResolver, CaseClosingService] })
export class CaseClosingModule {}
