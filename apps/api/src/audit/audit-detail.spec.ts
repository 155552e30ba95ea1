import { isSecretKey, looksLikeSecret, REDACTED, serializeAuditDetail } from './audit-detail';

describe('serializeAuditDetail', () => {
  it('writes canonical JSON: sorted keys at every level, undefined left out, no spaces', () => {
    expect(
      serializeAuditDetail({
        after: {
          roles: ['MEMBER', 'AGENCY_ADMIN'],
          active: true,
          b: { z: 1, a: undefined, m: null },
        },
        before: null,
      }),
    ).toBe(
      '{"after":{"active":true,"b":{"m":null,"z":1},"roles":["MEMBER","AGENCY_ADMIN"]},"before":null}',
    );
    expect(serializeAuditDetail({ before: { b: 2, a: 1 } })).toBe(
      serializeAuditDetail({ before: { a: 1, b: 2 } }),
    );
  });

  it('says nothing when there is nothing to say', () => {
    expect(serializeAuditDetail(null)).toBeNull();
    expect(serializeAuditDetail(undefined)).toBeNull();
    expect(serializeAuditDetail({})).toBeNull();
  });

  it('never stores a secret: values under a secret key and token-like strings are redacted', () => {
    const jwt =
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwic2lkIjoiYWJjIn0.c2lnbmF0dXJlLXZhbHVlLWhlcmU';
    const text = serializeAuditDetail({
      before: { password: 'Oud-wachtwoord-2026!', totpSecret: 'JBSWY3DPEHPK3PXP' },
      after: {
        password_hash: '$argon2id$v=19$m=19456,t=2,p=1$abc$def',
        resetToken: 'short',
        session: { cookie: 'schakel_session=x', csrf_token: 'y' },
        clientSecret: 'very-secret',
        recoveryCodes: ['aaaa-bbbb', 'cccc-dddd'],
        note: jwt,
        opaque: 'Q2hhbmdlZCBieSBhbiBhdHRhY2tlciB0byBsb29rIGxpa2UgYSB0b2tlbg',
        hex: 'a'.repeat(64),
        email: 'agent@politie.example',
        userId: '0b6b2b5e-6c1f-4a39-9d1b-2f6a7c1e8d90',
        mfaRequired: true,
        hasPassword: false,
      },
    })!;
    for (const secret of [
      'Oud-wachtwoord-2026!',
      'JBSWY3DPEHPK3PXP',
      'argon2id',
      'short',
      'schakel_session=x',
      'very-secret',
      'aaaa-bbbb',
      jwt,
      'Q2hhbmdl',
      'a'.repeat(64),
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(JSON.parse(text)).toMatchObject({
      before: { password: REDACTED, totpSecret: REDACTED },
      after: {
        clientSecret: REDACTED,
        email: 'agent@politie.example',
        hasPassword: false,
        mfaRequired: true,
        note: REDACTED,
        userId: '0b6b2b5e-6c1f-4a39-9d1b-2f6a7c1e8d90',
      },
    });
  });

  it('recognises secret keys in any spelling, and leaves ordinary ones', () => {
    for (const key of ['password', 'newPassword', 'PASS', 'client_secret', 'access-token', 'otp']) {
      expect(isSecretKey(key)).toBe(true);
    }
    for (const key of ['email', 'roles', 'active', 'agencyId', 'reasonCode', 'displayName']) {
      expect(isSecretKey(key)).toBe(false);
    }
    expect(looksLikeSecret('0b6b2b5e-6c1f-4a39-9d1b-2f6a7c1e8d90')).toBe(false);
    expect(looksLikeSecret('Politie Eenheid Midden-Nederland')).toBe(false);
  });

  it('keeps text storable: NUL and lone surrogates replaced, long strings cut', () => {
    const text = serializeAuditDetail({ after: { name: `a\u0000b\ud800c ${'x'.repeat(600)}` } })!;
    const name = (JSON.parse(text) as { after: { name: string } }).after.name;
    expect(name.startsWith('a\ufffdb\ufffdc ')).toBe(true);
    expect(name.length).toBe(500);
  });
});
