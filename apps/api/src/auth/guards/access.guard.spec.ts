import type { MfaService } from '../mfa/mfa.service';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { ExecutionContext } from '@nestjs/common';
import { loadConfig } from '../../config/app-config';
import type { AuditService } from '../../audit/audit.service';
import { JsonLogger } from '../../observability/json-logger';
import { Public } from '../decorators/policy.decorator';
import type { SessionAuthenticator } from '../session-authenticator';
import { SessionTokenService } from '../session-token.service';
import { AccessGuard } from './access.guard';

const config = loadConfig({
  DATABASE_URL: 'postgres://x@localhost/db',
  SESSION_SECRET: 's'.repeat(40),
});
const logs: string[] = [];
const guard = new AccessGuard(
  new Reflector(),
  new SessionTokenService(new JwtService({ secret: config.sessionSecret }), config),
  new JsonLogger('debug', (l) => logs.push(l)),
  // The paths tested here end before any audited access; the trail is tested against PostgreSQL.
  null as unknown as AuditService,
  // ... and before any session lookup (the authenticator reads PostgreSQL).
  null as unknown as SessionAuthenticator,
  // ... and before any step-up check (auth/mfa reads PostgreSQL).
  null as unknown as MfaService,
);

class Handlers {
  undeclared(this: void) {
    return 'secret';
  }
  @Public()
  open(this: void) {
    return 'hello';
  }
}

function httpContext(handler: () => unknown): ExecutionContext {
  const req = { method: 'GET', cookies: {}, header: () => undefined };
  return {
    getType: () => 'http',
    getHandler: () => handler,
    getClass: () => Handlers,
    switchToHttp: () => ({ getRequest: () => req, getResponse: () => ({}) }),
  } as unknown as ExecutionContext;
}

describe('AccessGuard', () => {
  it('denies an operation that declares no policy, and says which', async () => {
    await expect(
      guard.canActivate(httpContext(Handlers.prototype.undeclared)),
    ).rejects.toMatchObject({
      extensions: { code: 'FORBIDDEN' },
    });
    expect(logs.join()).toContain('Handlers.undeclared');
  });

  it('lets a public operation through without a session', async () => {
    await expect(guard.canActivate(httpContext(Handlers.prototype.open))).resolves.toBe(true);
  });
});
