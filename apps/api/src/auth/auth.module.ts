import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SharingModule } from '../sharing/sharing.module';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AccessGuard } from './guards/access.guard';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionCookieStrategy } from './session-cookie.strategy';
import { SessionService } from './session.service';
import { SessionTokenService } from './session-token.service';

@Module({
  imports: [
    SharingModule,
    UsersModule,
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.sessionSecret }),
    }),
  ],
  providers: [
    AuthResolver,
    AuthService,
    LoginThrottleService,
    PasswordService,
    SessionService,
    SessionTokenService,
    SessionCookieStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  // SessionService/SessionTokenService: the live socket authenticates its upgrade like a request.
  exports: [PasswordService, SessionService, SessionTokenService],
})
export class AuthModule {}
