import {
  AGENCY_TYPES,
  CASE_STATUSES,
  ERROR_CODES,
  INFORMATION_CATEGORIES,
  ROLES,
} from '@schakel/domain';
import { ACCESS_BASES, CASE_THEMES, PARTICIPANT_ROLES } from '../../cases/utils/caseEnums';
import { COVENANT_LEVELS } from '../../covenant/utils/covenantLevel';
import {
  isLiteralElement,
  isPluralElement,
  isPoundElement,
  isSelectElement,
  isTagElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../utils/locale';
import { en } from './en';
import { nl } from './nl';

const CATALOGUES = { nl, en };

/** The arguments an ICU message uses, with their kind ("count:plural", "name:argument"). */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (isLiteralElement(element) || isPoundElement(element) || isTagElement(element)) continue;
      const kind = isPluralElement(element)
        ? 'plural'
        : isSelectElement(element)
          ? 'select'
          : 'argument';
      found.add(`${element.value}:${kind}`);
      if (isPluralElement(element) || isSelectElement(element)) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...found].sort();
}

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

  it('has only messages that parse as ICU MessageFormat', () => {
    const broken: string[] = [];
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(CATALOGUES[locale])) {
        try {
          parse(message, { ignoreTag: true });
        } catch (error) {
          broken.push(`${locale} ${key}: ${String(error)}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('uses the same placeholders, plurals and selects in every language', () => {
    for (const [key, dutch] of Object.entries(nl)) {
      for (const locale of LOCALES) {
        const message = CATALOGUES[locale][key as keyof typeof nl];
        expect(argumentsOf(message), `${locale} ${key}`).toEqual(argumentsOf(dutch));
      }
    }
  });

  // An apostrophe before a brace quotes it in ICU: "'{name}'" would print the braces, not the name.
  it('has no apostrophe that would swallow a placeholder', () => {
    for (const locale of LOCALES) {
      for (const [key, message] of Object.entries(CATALOGUES[locale])) {
        expect(message, `${locale} ${key}`).not.toMatch(/'[{}#|]/);
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
