import { describe, expect, it } from 'vitest';
import {
  checkFilter,
  EMPTY_FILTER,
  filterFromParams,
  paramsFromFilter,
  toApiFilter,
  trailLink,
} from './auditFilter';
import { checkPeriod, defaultPeriod } from './signalPeriod';

describe('the trail filter in the address bar', () => {
  it('round-trips every filter except the BSN, which never goes into the address', () => {
    const values = {
      ...EMPTY_FILTER,
      bsn: '111222333',
      personId: 'p-1',
      user: 'agent@politie.example',
      agencyId: 'a-1',
      caseReference: 'ZVH-2026-001',
      from: '2026-03-01',
      to: '2026-03-11',
      actions: ['READ' as const, 'EXPORT' as const],
      result: 'DENIED' as const,
    };
    const params = paramsFromFilter(values);
    expect(params.toString()).not.toContain('111222333');
    expect(filterFromParams(params)).toEqual({ ...values, bsn: '' });
  });

  it('drops unknown actions and results from an edited address', () => {
    const filter = filterFromParams(new URLSearchParams('actie=READ&actie=HACK&resultaat=MAYBE'));
    expect(filter.actions).toEqual(['READ']);
    expect(filter.result).toBe('');
  });

  it('links to the trail of one user on one day', () => {
    expect(trailLink({ userId: 'u-1', day: '2026-03-11', personId: 'p-1' })).toBe(
      '/privacy/audittrail?persoon=p-1&gebruiker=u-1&van=2026-03-11&tot=2026-03-11',
    );
  });

  it('names each wrong field and sends upper-case case references to the API', () => {
    expect(
      checkFilter({
        ...EMPTY_FILTER,
        bsn: '123456789',
        user: 'not an address',
        caseReference: 'a b',
        from: '2026-03-02',
        to: '2026-03-01',
      }),
    ).toEqual({ bsn: 'BSN', user: 'USER', caseReference: 'CASE_REFERENCE', to: 'TO_BEFORE_FROM' });
    expect(checkFilter({ ...EMPTY_FILTER, bsn: '111.222.333', user: 'a@b.nl' })).toEqual({});
    expect(toApiFilter({ ...EMPTY_FILTER, caseReference: ' zvh-2026-001 ' })).toMatchObject({
      caseReference: 'ZVH-2026-001',
      personId: null,
      actions: null,
    });
  });
});

describe('the signals period', () => {
  it('is at most 31 days, in order, and starts as the last seven days', () => {
    expect(checkPeriod('2026-01-01', '2026-01-31')).toEqual({});
    expect(checkPeriod('2026-01-01', '2026-02-01')).toEqual({ to: 'TOO_LONG' });
    expect(checkPeriod('2026-01-02', '2026-01-01')).toEqual({ to: 'TO_BEFORE_FROM' });
    expect(checkPeriod('2026-02-30', '')).toEqual({ from: 'DATE', to: 'DATE' });
    expect(defaultPeriod('2026-03-01')).toEqual({ from: '2026-02-23', to: '2026-03-01' });
  });
});
