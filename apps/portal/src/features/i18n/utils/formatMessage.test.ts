import { describe, expect, it } from 'vitest';
import { formatMessage } from './formatMessage';
import './icuEngine';

describe('formatMessage', () => {
  const days = '{count, plural, one {# dag} other {# dagen}}';

  it('chooses the Dutch plural form by count', () => {
    expect(formatMessage('nl', days, { count: 1 })).toBe('1 dag');
    expect(formatMessage('nl', days, { count: 0 })).toBe('0 dagen');
    expect(formatMessage('nl', days, { count: 12 })).toBe('12 dagen');
  });

  it('chooses the plural form also for a count that arrives as text (labels of API events)', () => {
    expect(formatMessage('nl', days, { count: '1' })).toBe('1 dag');
    expect(formatMessage('nl', days, { count: '30' })).toBe('30 dagen');
  });

  it('chooses the English plural form by count', () => {
    const people = '{count, plural, one {# person} other {# people}}';
    expect(formatMessage('en', people, { count: 1 })).toBe('1 person');
    expect(formatMessage('en', people, { count: 2 })).toBe('2 people');
  });

  it('fills in simple placeholders, also more than once', () => {
    expect(formatMessage('nl', '{a} en {b}, weer {a}', { a: 'Jan', b: 3 })).toBe(
      'Jan en 3, weer Jan',
    );
  });

  it('selects by value, with other as the fallback', () => {
    const message = '{kind, select, CARE {zorg} other {iets anders}}';
    expect(formatMessage('nl', message, { kind: 'CARE' })).toBe('zorg');
    expect(formatMessage('nl', message, { kind: 'POLICE' })).toBe('iets anders');
  });

  it('treats a "<" as text, not as markup', () => {
    expect(formatMessage('nl', 'minder dan <b>{n}</b>', { n: 5 })).toBe('minder dan <b>5</b>');
  });

  it('does not treat a value as a pattern', () => {
    expect(formatMessage('nl', 'Hallo {name}', { name: "$& {name} '" })).toBe("Hallo $& {name} '");
  });

  it('leaves a missing placeholder visible instead of failing the page', () => {
    expect(formatMessage('nl', 'Welkom, {name}', {})).toBe('Welkom, {name}');
    expect(formatMessage('nl', 'Welkom, {name}')).toBe('Welkom, {name}');
  });

  it('gives the same text for a plain {name} message as ICU does, also with an apostrophe in it', () => {
    expect(formatMessage('nl', 'Bel {name}: {phone}', { name: 'Esra', phone: '06 1' })).toBe(
      'Bel Esra: 06 1',
    );
    expect(formatMessage('en', "Schakel's default, {name}", { name: 'Jan' })).toBe(
      "Schakel's default, Jan",
    );
  });

  it('prints a message without placeholders as it is', () => {
    expect(formatMessage('nl', 'Wachtwoord vergeten?')).toBe('Wachtwoord vergeten?');
  });
});
