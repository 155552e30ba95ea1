import { primaryRole } from './role';

describe('primaryRole', () => {
  it('lands a procesregisseur who is also a member on the procesregisseur home', () => {
    expect(primaryRole(['MEMBER', 'PROCESREGISSEUR'])).toBe('PROCESREGISSEUR');
  });
  it('falls back to member for an empty role list', () => {
    expect(primaryRole([])).toBe('MEMBER');
  });
});
