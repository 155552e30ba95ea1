import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate';

describe('interpolate', () => {
  it('fills in every occurrence of each placeholder', () => {
    expect(interpolate('{a} en {b}, weer {a}', { a: 'Jan', b: 3 })).toBe('Jan en 3, weer Jan');
  });

  it('leaves an unknown placeholder visible instead of printing "undefined"', () => {
    expect(interpolate('Welkom, {name}', {})).toBe('Welkom, {name}');
  });

  it('does not treat replacement text as a pattern', () => {
    expect(interpolate('Hallo {name}', { name: '$& {name}' })).toBe('Hallo $& {name}');
  });
});
