import { AGENCY_TYPES, ERROR_CODES, ROLES } from '@schakel/domain';
import { describe, expect, it } from 'vitest';
import { CATALOGUES } from '../utils/catalogues';
import { LOCALES } from '../utils/locale';
import { nl } from './nl';

const placeholders = (message: string) =>
  [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  describe.each(LOCALES)('%s', (locale) => {
    const messages: Record<string, string | undefined> = CATALOGUES[locale];

    it.each(ERROR_CODES)('translates the API error code %s', (code) => {
      expect(messages[`error.${code}`]?.trim()).toBeTruthy();
    });

    it.each(AGENCY_TYPES)('names the agency type %s', (type) => {
      expect(messages[`agencyType.${type}`]?.trim()).toBeTruthy();
    });

    it.each(ROLES)('names the role %s and describes its home page', (role) => {
      expect(messages[`role.${role}`]?.trim()).toBeTruthy();
      expect(messages[`home.${role}`]?.trim()).toBeTruthy();
    });

    it('has exactly the keys of the Dutch catalogue, none empty', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(nl).sort());
      for (const [key, message] of Object.entries(messages)) {
        expect(message?.trim(), key).toBeTruthy();
      }
    });
  });

  it('uses the same placeholders in every language', () => {
    for (const [key, dutch] of Object.entries(nl)) {
      for (const locale of LOCALES) {
        const message = CATALOGUES[locale][key as keyof typeof nl];
        expect(placeholders(message), `${locale} ${key}`).toEqual(placeholders(dutch));
      }
    }
  });

  it('gives the generic Dutch message for wrong credentials, which reveals nothing about the account', () => {
    expect(nl['error.INVALID_CREDENTIALS']).toBe('E-mailadres of wachtwoord onjuist');
  });
});
