import { Module } from '@nestjs/common';
import { InformationModule } from '../information/information.module';
import { SharingModule } from '../sharing/sharing.module';
import { CaseResolver } from './case.resolver';
import { CaseService } from './case.service';

@Module({ imports: [SharingModule, InformationModule], providers: [CaseResolver, CaseService] })
export class CasesModule {}
