import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/renderApp';
import { me, meSignedIn } from '../test/sessionFixtures';

const account = me({
  displayName: 'Noor Jansen',
  email: 'noor.jansen@svg.example',
  agencyName: 'SVG Verslavingsreclassering',
  agencyType: 'PROBATION',
  regionName: 'Gelderland-Zuid',
  roles: ['MEMBER', 'AGENCY_ADMIN'],
  sessionExpiresAt: '2025-03-01T23:30:00.000Z',
});

function valueOf(label: string): string | null | undefined {
  const term = screen.getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
}

describe('AccountPage', () => {
  it('lists the account with translated agency type and roles, and when the session ends', async () => {
    renderApp({ mocks: [meSignedIn(account)], route: '/account' });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Mijn account — Schakel'));
    expect(valueOf('Naam')).toBe('Noor Jansen');
    expect(valueOf('E-mailadres')).toBe('noor.jansen@svg.example');
    expect(valueOf('Organisatie')).toBe('SVG Verslavingsreclassering');
    expect(valueOf('Soort organisatie')).toBe('Reclassering');
    expect(valueOf('Regio')).toBe('Gelderland-Zuid');
    expect(valueOf('Rollen')).toBe('Professional en Beheerder organisatie');
    expect(valueOf('Sessie eindigt uiterlijk')).toContain('2 mrt 2025 00:30');
  });

  it('speaks English when asked', async () => {
    renderApp({ mocks: [meSignedIn(account)], route: '/account', locale: 'en' });

    expect(await screen.findByRole('heading', { level: 1, name: 'My account' })).toBeVisible();
    expect(valueOf('Type of agency')).toBe('Probation service');
    expect(valueOf('Roles')).toBe('Professional and Agency administrator');
    expect(valueOf('Session ends at the latest')).toContain('2 Mar 2025 00:30');
  });
});
