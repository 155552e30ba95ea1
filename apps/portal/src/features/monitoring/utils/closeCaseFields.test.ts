import { describe, expect, it } from 'vitest';
import { checkCloseCase, firstProblemField, problemsForApiError } from './closeCaseFields';

describe('checkCloseCase', () => {
  it('asks for an outcome and a reason of 10 to 2000 characters', () => {
    expect(checkCloseCase({ outcome: '', reason: '' })).toEqual({
      outcome: 'REQUIRED',
      reason: 'REQUIRED',
    });
    expect(checkCloseCase({ outcome: 'OTHER', reason: '   te kort  ' })).toEqual({
      reason: 'TOO_SHORT',
    });
    expect(checkCloseCase({ outcome: 'OTHER', reason: 'x'.repeat(2001) })).toEqual({
      reason: 'TOO_LONG',
    });
    expect(checkCloseCase({ outcome: 'GOAL_ACHIEVED', reason: 'Doelen zijn bereikt.' })).toEqual(
      {},
    );
  });

  it('counts characters, not UTF-16 units, like the API', () => {
    expect(checkCloseCase({ outcome: 'OTHER', reason: '😀'.repeat(10) })).toEqual({});
  });

  it('points at the first field in trouble and maps API field errors', () => {
    expect(firstProblemField({ reason: 'REQUIRED', outcome: 'REQUIRED' })).toBe('outcome');
    expect(problemsForApiError('BAD_USER_INPUT', 'reason')).toEqual({ reason: 'TOO_SHORT' });
    expect(problemsForApiError('CONFLICT', null)).toBeNull();
  });
});
