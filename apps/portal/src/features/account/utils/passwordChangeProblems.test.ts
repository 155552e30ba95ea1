import { describe, expect, it } from 'vitest';
import {
  checkPasswordChange,
  firstProblemField,
  problemsForErrorCode,
} from './passwordChangeProblems';

const valid = {
  currentPassword: 'oud',
  newPassword: 'twaalf-tekens',
  repeatPassword: 'twaalf-tekens',
};

describe('checkPasswordChange', () => {
  it('accepts a complete change, whatever the current password looks like', () => {
    expect(checkPasswordChange(valid)).toEqual({});
  });

  it('asks for every empty field', () => {
    expect(
      checkPasswordChange({ currentPassword: '', newPassword: '', repeatPassword: '' }),
    ).toEqual({ currentPassword: 'REQUIRED', newPassword: 'REQUIRED', repeatPassword: 'REQUIRED' });
  });

  it('counts characters, not UTF-16 units, like the API', () => {
    expect(
      checkPasswordChange({
        ...valid,
        newPassword: '🔑'.repeat(11),
        repeatPassword: '🔑'.repeat(11),
      }),
    ).toEqual({
      newPassword: 'TOO_SHORT',
    });
    expect(
      checkPasswordChange({
        ...valid,
        newPassword: '🔑'.repeat(12),
        repeatPassword: '🔑'.repeat(12),
      }),
    ).toEqual({});
  });

  it('rejects a repeat that differs, and does not trim spaces away', () => {
    expect(checkPasswordChange({ ...valid, repeatPassword: 'twaalf-tekens ' })).toEqual({
      repeatPassword: 'MISMATCH',
    });
  });

  it('rejects a password longer than the API accepts', () => {
    const long = 'x'.repeat(257);
    expect(checkPasswordChange({ ...valid, newPassword: long, repeatPassword: long })).toEqual({
      newPassword: 'TOO_LONG',
    });
  });
});

describe('problemsForErrorCode', () => {
  it('puts password errors from the API at their field and leaves the rest to the form', () => {
    expect(problemsForErrorCode('INVALID_CREDENTIALS')).toEqual({
      currentPassword: 'CURRENT_INCORRECT',
    });
    expect(problemsForErrorCode('PASSWORD_TOO_SHORT')).toEqual({ newPassword: 'TOO_SHORT' });
    expect(problemsForErrorCode('PASSWORD_TOO_LONG')).toEqual({ newPassword: 'TOO_LONG' });
    expect(problemsForErrorCode('PASSWORD_TOO_COMMON')).toEqual({ newPassword: 'TOO_COMMON' });
    expect(problemsForErrorCode('PASSWORD_UNCHANGED')).toEqual({ newPassword: 'UNCHANGED' });
    expect(problemsForErrorCode('LOGIN_THROTTLED')).toBeNull();
    expect(problemsForErrorCode('NETWORK')).toBeNull();
  });
});

describe('firstProblemField', () => {
  it('follows the order of the form', () => {
    expect(firstProblemField({ repeatPassword: 'MISMATCH', newPassword: 'TOO_SHORT' })).toBe(
      'newPassword',
    );
    expect(firstProblemField({})).toBeNull();
  });
});
