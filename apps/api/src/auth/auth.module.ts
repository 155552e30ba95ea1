import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { AccessGuard } from './guards/access.guard';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionTokenService } from './session-token.service';

@Module({
  imports: [
    PassportModule,
    UsersModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.sessionSecret }),
    }),
  ],
  providers: [
    AuthResolver,
    AuthService,
    JwtStrategy,
    LoginThrottleService,
    PasswordService,
    SessionTokenService,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [PasswordService],
})
export class AuthModule {}
