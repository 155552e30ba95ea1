import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ActivationResolver } from './activation.resolver';
import { ActivationService } from './activation.service';

@Module({
  imports: [AuthModule],
  providers: [ActivationResolver, ActivationService],
})
export class AdministrationModule {}
