import { describe, expect, it } from 'vitest';
import { checkSsoSettings, parseDomains } from './ssoSettingsInput';

const valid = {
  issuer: 'https://login.politie.example',
  clientId: 'schakel',
  clientAuth: 'CLIENT_SECRET_BASIC' as const,
  clientSecret: 's3cret',
  domains: 'politie.example',
};

describe('checkSsoSettings', () => {
  it('accepts a complete binding', () => {
    expect(checkSsoSettings(valid, false)).toEqual({});
  });

  it('asks for an https issuer, a client id and at least one sensible domain', () => {
    expect(
      checkSsoSettings(
        { ...valid, issuer: 'http://login.example', clientId: ' ', domains: 'x' },
        false,
      ),
    ).toEqual({ issuer: 'issuer', clientId: 'required', domains: 'domains' });
  });

  it('needs a secret for client_secret_basic unless one is stored, and none for private_key_jwt', () => {
    expect(checkSsoSettings({ ...valid, clientSecret: '' }, false)).toEqual({
      clientSecret: 'required',
    });
    expect(checkSsoSettings({ ...valid, clientSecret: '' }, true)).toEqual({});
    expect(
      checkSsoSettings({ ...valid, clientAuth: 'PRIVATE_KEY_JWT', clientSecret: '' }, false),
    ).toEqual({});
  });
});

describe('parseDomains', () => {
  it('takes one per line or comma, lower case, without repeats', () => {
    expect(parseDomains('Politie.example\npolitie.example, team.politie.example ')).toEqual([
      'politie.example',
      'team.politie.example',
    ]);
  });
});
