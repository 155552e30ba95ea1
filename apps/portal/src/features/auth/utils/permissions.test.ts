import type { Role } from '@schakel/domain';
import { describe, expect, it } from 'vitest';
import {
  canEditCovenant,
  canReadCovenant,
  canSeeCaseContent,
  canViewCaseAsAgency,
} from './permissions';

describe('permissions', () => {
  it.each<[Role[], boolean]>([
    [['MEMBER'], true],
    [['PROCESREGISSEUR'], true],
    [['FUNCTIONAL_ADMIN'], false],
    [['PRIVACY_OFFICER'], false],
    [['AGENCY_ADMIN'], false],
    [['AGENCY_ADMIN', 'MEMBER'], true],
  ])('case content for %j: %s', (roles, expected) => {
    expect(canSeeCaseContent(roles)).toBe(expected);
  });

  it('lets the privacy officer read the covenant but only the functional administrator edit it', () => {
    expect(canReadCovenant(['PRIVACY_OFFICER'])).toBe(true);
    expect(canEditCovenant(['PRIVACY_OFFICER'])).toBe(false);
    expect(canReadCovenant(['FUNCTIONAL_ADMIN'])).toBe(true);
    expect(canEditCovenant(['FUNCTIONAL_ADMIN'])).toBe(true);
    expect(canReadCovenant(['MEMBER', 'PROCESREGISSEUR'])).toBe(false);
  });

  it('offers "view as" to the procesregisseur, the privacy officer and the functional administrator', () => {
    expect(canViewCaseAsAgency(['MEMBER', 'PROCESREGISSEUR'])).toBe(true);
    expect(canViewCaseAsAgency(['PRIVACY_OFFICER'])).toBe(true);
    expect(canViewCaseAsAgency(['FUNCTIONAL_ADMIN'])).toBe(true);
    expect(canViewCaseAsAgency(['MEMBER'])).toBe(false);
    expect(canViewCaseAsAgency(['AGENCY_ADMIN'])).toBe(false);
  });
});
