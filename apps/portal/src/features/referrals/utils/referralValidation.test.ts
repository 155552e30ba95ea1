import { describe, expect, it } from 'vitest';
import { checkReferral, checkSearch, EMPTY_REFERRAL, fieldOfApi } from './referralValidation';

const TODAY = new Date('2026-03-01T12:00:00Z');
const filled = {
  ...EMPTY_REFERRAL,
  givenNames: 'Jan',
  familyName: 'van der Berg',
  dateOfBirth: '1985-05-05',
  theme: 'OTHER',
  reason: 'Overlast en schulden in de wijk.',
  goal: 'Een gezamenlijke aanpak.',
  reasonCategories: ['SOCIAL'],
  personInformed: 'yes' as const,
};

describe('referral validation', () => {
  it('needs at least one category for the reason and goal (nothing chosen for the writer)', () => {
    expect(EMPTY_REFERRAL.reasonCategories).toEqual([]);
    expect(checkReferral({ ...filled, reasonCategories: [] }, true, TODAY)).toEqual({
      reasonCategories: 'REQUIRED',
    });
  });

  it('accepts a complete referral', () => {
    expect(checkReferral(filled, true, TODAY)).toEqual({});
  });

  it('checks the BSN with the 11-proof and the date of birth', () => {
    expect(checkReferral({ ...filled, bsn: '123456789' }, true, TODAY).bsn).toBe('BSN');
    expect(checkReferral({ ...filled, bsn: '111222333' }, true, TODAY).bsn).toBeUndefined();
    expect(checkReferral({ ...filled, dateOfBirth: '2026-03-02' }, true, TODAY).dateOfBirth).toBe(
      'FUTURE',
    );
    expect(checkReferral({ ...filled, dateOfBirth: '1990-02-30' }, true, TODAY).dateOfBirth).toBe(
      'DATE',
    );
  });

  it('needs the reason why the person was not informed', () => {
    const problems = checkReferral({ ...filled, personInformed: 'no' }, true, TODAY);
    expect(problems).toEqual({ notInformedReason: 'REQUIRED' });
  });

  it('searches by BSN alone or by family name and date of birth', () => {
    expect(checkSearch({ ...EMPTY_REFERRAL, bsn: '111222333' }, TODAY)).toEqual({});
    expect(checkSearch(EMPTY_REFERRAL, TODAY)).toEqual({
      familyName: 'REQUIRED',
      dateOfBirth: 'REQUIRED',
    });
  });

  it('maps the API field names onto the form', () => {
    expect(fieldOfApi('person.dateOfBirth')).toBe('dateOfBirth');
    expect(fieldOfApi('proposedAgencyIds')).toBe('proposedAgencyIds');
    expect(fieldOfApi('reason')).toBe('reason');
    expect(fieldOfApi('unknown')).toBeNull();
  });
});
