import { criteriaOf, parseSearch } from './search-terms';

describe('parseSearch', () => {
  it('finds a BSN written with or without spaces and dots, only when it passes the 11-proof', () => {
    expect(parseSearch('111222333').bsn).toBe('111222333');
    expect(parseSearch('1112 22 333').bsn).toBe('111222333');
    expect(parseSearch('111.222.333').bsn).toBe('111222333');
    expect(parseSearch('123456789')).toEqual({
      bsn: null,
      dateOfBirth: null,
      words: ['123456789'],
    });
  });

  it('reads the dates Dutch professionals type', () => {
    for (const text of [
      '2-11-1987',
      '02-11-1987',
      '2/11/1987',
      '1987-11-02',
      '2 nov 1987',
      '2 November 1987',
    ]) {
      expect(parseSearch(text).dateOfBirth).toBe('1987-11-02');
    }
    expect(parseSearch('31-02-1987').dateOfBirth).toBeNull();
  });

  it('keeps the rest as lower-case words, combined with a date', () => {
    expect(parseSearch('  Jansen,  2 nov 1987 Noord ')).toEqual({
      bsn: null,
      dateOfBirth: '1987-11-02',
      words: ['jansen', 'noord'],
    });
    expect(parseSearch('ZVH-2026-001').words).toEqual(['zvh-2026-001']);
  });

  it('names the kinds of criteria for the audit trail, never the values', () => {
    expect(criteriaOf(parseSearch('jansen 111222333 2-11-1987'))).toEqual([
      'BSN',
      'DATE_OF_BIRTH',
      'TEXT',
    ]);
    expect(criteriaOf(parseSearch('   '))).toEqual([]);
  });
});
