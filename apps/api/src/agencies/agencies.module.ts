import { Module } from '@nestjs/common';
import { AgencyResolver } from './agency.resolver';
import { AgencyService } from './agency.service';

@Module({ providers: [AgencyResolver, AgencyService] })
export class AgenciesModule {}
