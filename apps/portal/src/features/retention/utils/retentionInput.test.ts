import { describe, expect, it } from 'vitest';
import { normaliseReference, parseMonths } from './retentionInput';

describe('parseMonths', () => {
  it('accepts whole months within the bounds only', () => {
    expect(parseMonths(' 24 ')).toBe(24);
    expect(parseMonths('6')).toBe(6);
    expect(parseMonths('120')).toBe(120);
    for (const bad of ['5', '121', '12.5', '-24', '2 jaar', '', '0024x']) {
      expect(parseMonths(bad)).toBeNull();
    }
  });
});

describe('normaliseReference', () => {
  it('upper-cases a reference and refuses anything else', () => {
    expect(normaliseReference(' zvh-2026-001 ')).toBe('ZVH-2026-001');
    expect(normaliseReference('ZVH 2026')).toBeNull();
    expect(normaliseReference('')).toBeNull();
  });
});
