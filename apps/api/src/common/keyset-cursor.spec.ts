import { decodeKeysetCursor, encodeKeysetCursor, isRealTimestamp } from './keyset-cursor';

describe('keyset cursors', () => {
  const id = '00000000-0000-4000-8000-000000000000';

  it('round-trips a cursor the API made', () => {
    const cursor = { at: '2024-02-29T23:59:59.123456Z', id };
    expect(decodeKeysetCursor(encodeKeysetCursor(cursor), 'after')).toEqual(cursor);
  });

  it.each([
    '2026-13-01T10:00:00.000000Z',
    '2026-02-30T10:00:00.000000Z',
    '2026-00-10T10:00:00.000000Z',
    '2026-04-31T10:00:00.000000Z',
    '2026-01-01T24:00:00.000000Z',
    '2026-01-01T10:60:00.000000Z',
    '0000-01-01T10:00:00.000000Z',
  ])('refuses the impossible moment %s as bad input', (at) => {
    expect(isRealTimestamp(at)).toBe(false);
    expect(() => decodeKeysetCursor(encodeKeysetCursor({ at, id }), 'after')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }) as Error,
    );
  });
});
