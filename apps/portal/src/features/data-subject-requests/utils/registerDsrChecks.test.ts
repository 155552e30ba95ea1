import { describe, expect, it } from 'vitest';
import { registerProblems, searchProblems } from './registerDsrChecks';

const empty = {
  bsn: '',
  familyName: '',
  dateOfBirth: '',
  givenNames: '',
  receivedOn: '2026-12-01',
  identity: 'Paspoort gezien',
};

describe('registerDsrChecks', () => {
  it('searches by an 11-proof BSN, or else by family name and a real date of birth', () => {
    expect(searchProblems({ ...empty, bsn: '123456789' })).toEqual({
      bsn: 'dsr.register.bsnInvalid',
    });
    expect(searchProblems({ ...empty, bsn: '900.001.008' })).toEqual({});
    expect(searchProblems({ ...empty, dateOfBirth: '2026-02-30' })).toEqual({
      familyName: 'dsr.register.personRequired',
      dateOfBirth: 'dsr.register.dateInvalid',
    });
    expect(
      searchProblems({ ...empty, familyName: 'Voorbeeld', dateOfBirth: '1998-04-17' }),
    ).toEqual({});
  });

  it('needs a chosen person, or the name and birth date of someone not found', () => {
    const today = '2026-12-01';
    expect(registerProblems(empty, { chosen: false, unknownPerson: false }, today)).toEqual({
      person: 'dsr.register.personRequired',
    });
    expect(registerProblems(empty, { chosen: false, unknownPerson: true }, today)).toEqual({
      givenNames: 'dsr.register.nameRequired',
      dateOfBirth: 'dsr.register.dateInvalid',
    });
    expect(registerProblems(empty, { chosen: true, unknownPerson: false }, today)).toEqual({});
  });

  it('refuses a receipt date after today and an identity note under 3 characters', () => {
    const chosen = { chosen: true, unknownPerson: false };
    expect(
      registerProblems(
        { ...empty, receivedOn: '2026-12-02', identity: 'ab' },
        chosen,
        '2026-12-01',
      ),
    ).toEqual({
      receivedOn: 'dsr.register.receivedFuture',
      identityVerification: 'dsr.register.identityInvalid',
    });
    expect(
      registerProblems(
        { ...empty, receivedOn: '01-12-2026', identity: 'abc' },
        chosen,
        '2026-12-01',
      ),
    ).toEqual({ receivedOn: 'dsr.register.dateInvalid' });
  });
});
