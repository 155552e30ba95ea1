import { parseDutchPhone } from './dutch-phone';

describe('Dutch phone numbers', () => {
  it.each([
    ['06-12345678', 'tel:+31612345678'],
    ['06 1234 5678', 'tel:+31612345678'],
    ['030 123 4567', 'tel:+31301234567'],
    ['+31 6 12345678', 'tel:+31612345678'],
    ['+31 (0)6 1234 5678', 'tel:+31612345678'],
    ['0031 30 1234567', 'tel:+31301234567'],
    ['0900-8844', 'tel:+319008844'],
    ['0800 1234567', 'tel:+318001234567'],
    ['14 030', 'tel:14030'],
  ])('accepts %s as %s', (input, uri) => {
    expect(parseDutchPhone(input)?.uri).toBe(uri);
  });

  it('keeps the number as written, with single spaces', () => {
    expect(parseDutchPhone('  06  1234 5678 ')?.display).toBe('06 1234 5678');
  });

  it.each([
    '',
    '12345',
    '0612345',
    '061234567890',
    '+32 2 123 45 67',
    '+31 06 12345678',
    '06.12345678',
    'bel 0612345678',
    '112',
  ])('refuses %j', (input) => {
    expect(parseDutchPhone(input)).toBeNull();
  });
});
