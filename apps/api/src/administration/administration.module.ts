import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ActivationResolver } from './activation.resolver';
import { ActivationService } from './activation.service';
import { AgencyUsersResolver } from './agency-users.resolver';
import { AgencyUsersService } from './agency-users.service';

@Module({
  imports: [AuthModule],
  providers: [ActivationResolver, ActivationService, AgencyUsersResolver, AgencyUsersService],
})
export class AdministrationModule {}
