import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { SsoBindingService } from './sso-binding.service';
import { SsoClientService } from './sso-client.service';
import { SsoEvents } from './sso-events';
import { SsoLoginService } from './sso-login.service';
import { SsoController } from './sso.controller';
import { SsoResolver } from './sso.resolver';

@Module({
  imports: [AuthModule],
  controllers: [SsoController],
  providers: [SsoBindingService, SsoClientService, SsoEvents, SsoLoginService, SsoResolver],
})
export class SsoModule {}
