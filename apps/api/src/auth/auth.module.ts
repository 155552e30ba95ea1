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
import { MfaEvents } from './mfa/mfa-events';
import { MfaPendingService } from './mfa/mfa-pending';
import { MfaResolver } from './mfa/mfa.resolver';
import { MfaService } from './mfa/mfa.service';
import { PasskeyService } from './mfa/passkey.service';
import { PasswordResetResolver } from './password-reset.resolver';
import { PasswordResetService } from './password-reset.service';
import { PasswordService } from './password.service';
import { SessionAuthenticator } from './session-authenticator';
import { SessionCache } from './session-cache';
import { SessionCachePlugin } from './session-cache.plugin';
import { SessionCookieStrategyRegistration } from './session-cookie.strategy';
import { SessionTokenService } from './session-token.service';
import { UserSessionsResolver } from './user-sessions.resolver';
import { UserSessionsService } from './user-sessions.service';

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
    MfaEvents,
    MfaPendingService,
    MfaResolver,
    MfaService,
    PasskeyService,
    PasswordService,
    PasswordResetResolver,
    PasswordResetService,
    SessionAuthenticator,
    SessionCache,
    SessionCachePlugin,
    SessionTokenService,
    SessionCookieStrategyRegistration,
    UserSessionsService,
    UserSessionsResolver,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  // SessionAuthenticator/SessionTokenService: the live socket authenticates its upgrade and
  // operations with the same authenticator as HTTP requests.
  // MfaService: step-up checks (RequireStepUp) of features run in the global AccessGuard.
  // AuthService: single sign-on issues its sessions through startSession.
  exports: [
    AuthService,
    LoginThrottleService,
    PasswordService,
    SessionAuthenticator,
    SessionTokenService,
    SessionCache,
    MfaService,
    UserSessionsService,
  ],
})
export class AuthModule {}
