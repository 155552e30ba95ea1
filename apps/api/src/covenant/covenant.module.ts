import { Module } from '@nestjs/common';
import { SharingModule } from '../sharing/sharing.module';
import { CovenantResolver } from './covenant.resolver';
import { CovenantService } from './covenant.service';

@Module({ imports: [SharingModule], providers: [CovenantResolver, CovenantService] })
export class CovenantModule {}
