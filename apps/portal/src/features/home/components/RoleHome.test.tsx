import type { AgencyType, Role } from '@schakel/domain';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';

async function renderHomeFor(roles: Role[], agencyType: AgencyType = 'MUNICIPALITY') {
  renderApp({
    mocks: [
      meSignedIn(
        me({
          displayName: 'Sanne Bakker',
          roles,
          agencyType,
          agencyName: 'Gemeente Utrecht',
          regionName: 'Utrecht',
        }),
      ),
    ],
  });
  return screen.findByRole('heading', { level: 1, name: 'Welkom, Sanne Bakker' });
}

describe('RoleHome', () => {
  it.each<[Role[], string, string]>([
    [['PROCESREGISSEUR'], 'Uw rol: Procesregisseur', 'zit casusoverleggen onafhankelijk voor'],
    [['PRIVACY_OFFICER'], 'Uw rol: Privacyfunctionaris', 'behandelt verzoeken van betrokkenen'],
    [
      ['PRIVACY_CONTACT'],
      'Uw rol: Privacycontactpersoon',
      'alleen wat uw eigen organisatie over die persoon heeft vastgelegd',
    ],
    [
      ['FUNCTIONAL_ADMIN'],
      'Uw rol: Functioneel beheerder',
      'organisaties, gebruikers en de instellingen van het convenant',
    ],
    [
      ['AGENCY_ADMIN'],
      'Uw rol: Beheerder organisatie',
      'Als beheerder van Gemeente Utrecht beheert u de accounts',
    ],
    [['MEMBER'], 'Uw rol: Professional', 'bent u vaak casusregisseur'],
  ])('shows the %j home', async (roles, roleHeading, description) => {
    await renderHomeFor(roles);

    expect(screen.getByRole('heading', { level: 2, name: roleHeading })).toBeVisible();
    expect(screen.getByRole('main')).toHaveTextContent(description);
    expect(screen.getByRole('main')).toHaveTextContent(
      'U werkt in Schakel namens Gemeente Utrecht in de regio Utrecht.',
    );
  });

  it('lands a member who is also procesregisseur on the procesregisseur home', async () => {
    await renderHomeFor(['MEMBER', 'PROCESREGISSEUR']);

    expect(
      screen.getByRole('heading', { level: 2, name: 'Uw rol: Procesregisseur' }),
    ).toBeVisible();
  });

  it('tells a police officer about looking up the agreed approach', async () => {
    await renderHomeFor(['MEMBER'], 'POLICE');

    expect(screen.getByRole('main')).toHaveTextContent('afgestemde aanpak (afsprakenkaart)');
  });

  it('gives members of other agencies the general professional text', async () => {
    await renderHomeFor(['MEMBER'], 'HOUSING');

    expect(screen.getByRole('main')).toHaveTextContent(
      'Als professional van Gemeente Utrecht meldt u casussen aan',
    );
  });

  it('has exactly one h1 and links only to pages that exist', async () => {
    await renderHomeFor(['MEMBER']);

    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    // '/meldingen': the header's notifications link.
    expect(new Set(hrefs)).toEqual(
      new Set([
        '#inhoud',
        '/',
        '/dossiers',
        '/aanmelden',
        '/mijn-acties',
        '/overleggen',
        '/mijn-gebied',
        '/meldingen',
        '/account',
      ]),
    );
  });

  it.each<[Role[], string, string]>([
    [['MEMBER'], 'Naar de dossiers', '/dossiers'],
    [['PROCESREGISSEUR'], 'Naar de dossiers', '/dossiers'],
    [['FUNCTIONAL_ADMIN'], 'Het convenant bekijken en wijzigen', '/convenant'],
    [['PRIVACY_OFFICER'], 'Het convenant bekijken', '/convenant'],
  ])('takes %j from the home page to their work', async (roles, name, href) => {
    await renderHomeFor(roles);

    expect(within(screen.getByRole('main')).getByRole('link', { name })).toHaveAttribute(
      'href',
      href,
    );
  });

  it('offers an agency administrator the users page, and no link to case content or the covenant', async () => {
    await renderHomeFor(['AGENCY_ADMIN']);

    const hrefs = within(screen.getByRole('main'))
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['/beheer/gebruikers', '/account']);
  });
});
