import {
  AGENCY_TYPES,
  CASE_STATUSES,
  ERROR_CODES,
  INFORMATION_CATEGORIES,
  ROLES,
} from '@schakel/domain';
import { ACCESS_BASES, CASE_THEMES, PARTICIPANT_ROLES } from '../../cases/utils/caseEnums';
import { COVENANT_LEVELS } from '../../covenant/utils/covenantLevel';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../utils/locale';
import { en } from './en';
import { nl } from './nl';

const CATALOGUES = { nl, en };

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

    it.each([
      ...CASE_STATUSES.map((value) => `caseStatus.${value}`),
      ...CASE_THEMES.map((value) => `caseTheme.${value}`),
      ...INFORMATION_CATEGORIES.map((value) => `category.${value}`),
      ...PARTICIPANT_ROLES.map((value) => `participantRole.${value}`),
      ...ACCESS_BASES.map((value) => `accessBasis.${value}`),
      ...COVENANT_LEVELS.map((value) => `covenant.level.${value}`),
      ...COVENANT_LEVELS.map((value) => `covenant.choice.${value}`),
    ])('names the value %s', (key) => {
      expect(messages[key]?.trim()).toBeTruthy();
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

  it('uses the Dutch names of the categories that professionals know', () => {
    expect(INFORMATION_CATEGORIES.map((category) => nl[`category.${category}`])).toEqual([
      'Identiteit',
      'BSN',
      'Politie',
      'Justitie',
      'Reclassering',
      'Zorg',
      'Zorgsignaal',
      'Sociaal domein',
      'Veiligheid',
      'Plan van aanpak',
    ]);
  });

  it('gives the generic Dutch message for wrong credentials, which reveals nothing about the account', () => {
    expect(nl['error.INVALID_CREDENTIALS']).toBe('E-mailadres of wachtwoord onjuist');
  });
});
