import { parseWith } from './input-problem';
import { referralInputSchema, referralLookupSchema } from './referral.schema';

const TODAY = '2026-03-01';
const person = { givenNames: 'Jan', familyName: 'van der Berg', dateOfBirth: '1985-05-05' };
const referral = {
  person,
  theme: 'OTHER',
  reason: 'Overlast en schulden in de wijk.',
  goal: 'Een gezamenlijke aanpak.',
  reasonCategories: ['SOCIAL'],
  personInformed: true,
};
const problems = (input: unknown, categories = true) => {
  const result = parseWith(referralInputSchema(TODAY, { categories }), input);
  return result.ok ? [] : result.problems.map(({ path, code }) => `${path}:${code}`);
};

describe('referral input', () => {
  it('accepts a complete referral and normalises the person', () => {
    const result = parseWith(referralInputSchema(TODAY), {
      ...referral,
      person: { ...person, bsn: '11122 2333', postcode: '1234 ab' },
    });
    expect(result.ok && result.value.person).toMatchObject({
      bsn: '111222333',
      postcode: '1234AB',
    });
  });

  it('keeps reason and goal between 10 and 2000 characters', () => {
    expect(problems({ ...referral, reason: 'a'.repeat(10), goal: 'b'.repeat(2000) })).toEqual([]);
    expect(problems({ ...referral, reason: 'a'.repeat(9), goal: 'b'.repeat(2001) })).toEqual([
      'reason:TOO_SHORT',
      'goal:TOO_LONG',
    ]);
  });

  it('reports every problem at once, on the API field paths', () => {
    expect(
      problems({
        person: { ...person, bsn: '123456789', dateOfBirth: '2026-03-02' },
        theme: '',
        reason: '',
        goal: 'Een gezamenlijke aanpak.',
        reasonCategories: [],
        personInformed: false,
        notInformedReason: 'kort',
      }),
    ).toEqual([
      'person.dateOfBirth:FUTURE',
      'person.bsn:BSN',
      'theme:REQUIRED',
      'reason:REQUIRED',
      'reasonCategories:REQUIRED',
      'notInformedReason:TOO_SHORT',
    ]);
  });

  it('needs an answer whether the person was informed', () => {
    expect(problems({ ...referral, personInformed: null })).toEqual(['personInformed:REQUIRED']);
  });

  it('needs exactly one of a known person and a new one', () => {
    expect(problems({ ...referral, person: null })).toEqual(['person:REQUIRED']);
    expect(problems({ ...referral, personId: '00000000-0000-4000-8000-000000000001' })).toEqual([
      'person:REQUIRED',
    ]);
  });

  it('takes at most 30 proposed partners', () => {
    const ids = (n: number) =>
      Array.from({ length: n }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expect(problems({ ...referral, proposedAgencyIds: ids(30) })).toEqual([]);
    expect(problems({ ...referral, proposedAgencyIds: ids(31) })).toEqual([
      'proposedAgencyIds:TOO_MANY',
    ]);
  });

  it('leaves the categories to the covenant check when asked', () => {
    expect(problems({ ...referral, reasonCategories: [] }, false)).toEqual([]);
  });
});

describe('referral person lookup', () => {
  const lookup = (input: unknown) => {
    const result = parseWith(referralLookupSchema(TODAY), input);
    return result.ok ? result.value : result.problems.map(({ path, code }) => `${path}:${code}`);
  };

  it('searches by BSN alone', () => {
    expect(lookup({ bsn: '111222333', familyName: '' })).toEqual({
      bsn: '111222333',
      familyName: null,
      givenNames: null,
      dateOfBirth: null,
    });
    expect(lookup({ bsn: '123456789' })).toEqual(['bsn:BSN']);
  });

  it('or by family name and date of birth', () => {
    expect(lookup({})).toEqual(['familyName:REQUIRED', 'dateOfBirth:REQUIRED']);
    expect(lookup({ familyName: 'Berg', dateOfBirth: '1985-05-05' })).toEqual({
      bsn: null,
      familyName: 'Berg',
      givenNames: null,
      dateOfBirth: '1985-05-05',
    });
  });
});
