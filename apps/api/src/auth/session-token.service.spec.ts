import { JwtService } from '@nestjs/jwt';
import { loadConfig } from '../config/app-config';
import { SessionTokenService } from './session-token.service';

const config = {
  ...loadConfig({ DATABASE_URL: 'postgres://x@localhost/db', SESSION_SECRET: 's'.repeat(40) }),
  sessionIdleSeconds: 1800,
  sessionMaxSeconds: 36000,
};
const service = new SessionTokenService(new JwtService({ secret: config.sessionSecret }), config);

describe('SessionTokenService', () => {
  const t0 = 1_800_000_000;

  it('issues a token for the idle window with a fresh session id and CSRF token', () => {
    const a = service.issueNew('user-1', 0, t0);
    const b = service.issueNew('user-1', 0, t0);
    expect(a.claims.exp - t0).toBe(1800);
    expect(a.claims.sid).not.toBe(b.claims.sid);
    expect(a.claims.csrf).not.toBe(b.claims.csrf);
    expect(a.claims.csrf.length).toBeGreaterThanOrEqual(32);
  });

  it('renews only after half the idle window, keeping session and CSRF token', () => {
    const { claims } = service.issueNew('user-1', 0, t0);
    expect(service.renewIfDue(claims, t0 + 600)).toBeNull();
    const renewed = service.renewIfDue(claims, t0 + 1000)!;
    expect(renewed.claims.exp).toBe(t0 + 1000 + 1800);
    expect(renewed.claims.sid).toBe(claims.sid);
    expect(renewed.claims.csrf).toBe(claims.csrf);
  });

  it('never extends a session past login time plus the maximum', () => {
    let { claims } = service.issueNew('user-1', 0, t0);
    for (let now = t0 + 1000; now < t0 + 40000; now += 1000) {
      claims = service.renewIfDue(claims, now)?.claims ?? claims;
    }
    expect(claims.exp).toBe(t0 + 36000);
  });

  it('sets httpOnly, SameSite=Strict cookies, Secure as configured', () => {
    const opts = service.cookieOptions(t0);
    expect(opts).toMatchObject({ httpOnly: true, sameSite: 'strict', secure: false, path: '/' });
    const secure = new SessionTokenService(new JwtService({ secret: config.sessionSecret }), {
      ...config,
      secureCookies: true,
    });
    expect(secure.cookieOptions(t0).secure).toBe(true);
  });
});
