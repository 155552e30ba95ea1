import { describe, expect, it } from 'vitest';
import {
  checkInformationItem,
  firstProblemField,
  problemsForApiError,
} from './informationItemFields';

const valid = {
  category: 'SOCIAL',
  text: 'Schulden in beeld',
  legalBasis: 'Wmo 2015',
  shareableSummary: '',
};

describe('information item problems', () => {
  it('accepts a complete item, with or without a summary', () => {
    expect(checkInformationItem(valid)).toEqual({});
    expect(checkInformationItem({ ...valid, shareableSummary: 'Kort' })).toEqual({});
  });

  it('asks for category, text and legal basis, and counts blanks as empty', () => {
    const problems = checkInformationItem({
      category: '',
      text: '   ',
      legalBasis: '',
      shareableSummary: '',
    });
    expect(problems).toEqual({ category: 'REQUIRED', text: 'REQUIRED', legalBasis: 'REQUIRED' });
    expect(firstProblemField(problems)).toBe('category');
  });

  it('keeps the API bounds: legal basis 3–500, text up to 10,000, summary up to 2,000', () => {
    expect(checkInformationItem({ ...valid, legalBasis: 'ab' })).toEqual({ legalBasis: 'LENGTH' });
    expect(checkInformationItem({ ...valid, text: 'x'.repeat(10_001) })).toEqual({
      text: 'TOO_LONG',
    });
    expect(checkInformationItem({ ...valid, shareableSummary: 'x'.repeat(2001) })).toEqual({
      shareableSummary: 'TOO_LONG',
    });
  });

  it('puts API errors at the field they name', () => {
    expect(problemsForApiError('FORBIDDEN', 'category')).toEqual({ category: 'FORBIDDEN' });
    expect(problemsForApiError('BAD_USER_INPUT', 'legalBasis')).toEqual({ legalBasis: 'INVALID' });
    expect(problemsForApiError('BAD_USER_INPUT', 'caseId')).toBeNull();
    expect(problemsForApiError('CONFLICT', null)).toBeNull();
  });
});
