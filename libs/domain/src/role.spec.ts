import { incompatibleRoles, primaryRole } from './role';

describe('primaryRole', () => {
  it('lands a procesregisseur who is also a member on the procesregisseur home', () => {
    expect(primaryRole(['MEMBER', 'PROCESREGISSEUR'])).toBe('PROCESREGISSEUR');
  });
  it('falls back to member for an empty role list', () => {
    expect(primaryRole([])).toBe('MEMBER');
  });
});

describe('incompatibleRoles', () => {
  it('refuses the privacy officer who would also release a partner part', () => {
    expect(incompatibleRoles(['PRIVACY_OFFICER', 'PRIVACY_CONTACT'])).toEqual([
      'PRIVACY_OFFICER',
      'PRIVACY_CONTACT',
    ]);
  });
  it('allows a privacy contact who is also an agency administrator', () => {
    expect(incompatibleRoles(['PRIVACY_CONTACT', 'AGENCY_ADMIN'])).toBeNull();
  });
});
