import { isValidBsn } from './bsn';

describe('isValidBsn', () => {
  it.each(['111222333', '123456782', '999996356'])(
    'accepts %s, which passes the 11-proof',
    (bsn) => {
      expect(isValidBsn(bsn)).toBe(true);
    },
  );

  it.each([
    ['123456789', 'fails the 11-proof'],
    ['000000000', 'is all zeros'],
    ['12345678a', 'contains a letter'],
    ['1234567', 'is too short'],
    ['1234567890', 'is too long'],
  ])('rejects %s, which %s', (bsn) => {
    expect(isValidBsn(bsn)).toBe(false);
  });
});
