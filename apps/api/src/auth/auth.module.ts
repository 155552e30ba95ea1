import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SharingModule } from '../sharing/sharing.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AccessGuard } from './guards/access.guard';
import { LoginAccountService } from './login-account.service';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { PasswordService } from './password.service';
import { SessionAuthenticator } from './session-authenticator';
import { SessionCache } from './session-cache';
import { SessionCachePlugin } from './session-cache.plugin';
import { SessionCookieStrategyRegistration } from './session-cookie.strategy';
import { SessionTokenService } from './session-token.service';

@Module({
  imports: [
    SharingModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.sessionSecret }),
    }),
  ],
  providers: [
    AuthResolver,
    AuthService,
    LoginAccountService,
    LoginThrottleService,
    PasswordService,
    PasswordResetResolver,
    PasswordResetService,
    SessionAuthenticator,
    SessionCache,
    SessionCachePlugin,
    SessionTokenService,
    SessionCookieStrategyRegistration,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  // SessionAuthenticator/SessionTokenService: the live socket authenticates its upgrade and
  // operations with the same authenticator as HTTP requests.
  exports: [AuthService, PasswordService, SessionAuthenticator, SessionTokenService, SessionCache],
})
export class AuthModule {}
