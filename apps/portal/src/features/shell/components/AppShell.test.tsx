import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ME_QUERY } from '../../auth/graphql/meQuery';
import { renderApp } from '../../../test/renderApp';
import { logoutSucceeds, me, meFails, meSignedIn } from '../../../test/sessionFixtures';

const signedIn = () =>
  meSignedIn(
    me({
      displayName: 'Jan de Vries',
      agencyName: 'Reclassering Nederland',
      agencyType: 'PROBATION',
      regionName: 'Midden-Nederland',
      csrfToken: 'token-123',
    }),
  );

describe('AppShell', () => {
  it('shows who is signed in and for which agency in the header, and the region on the start page', async () => {
    renderApp({ mocks: [signedIn()] });

    const header = await screen.findByRole('banner');
    expect(header).toHaveTextContent('Jan de Vries');
    expect(header).toHaveTextContent('Reclassering Nederland');
    // The header keeps to one row on a laptop: the region is said once, on the start page.
    expect(header).not.toHaveTextContent('Midden-Nederland');
    const main = await screen.findByRole('main');
    expect(await within(main).findByText(/in de regio Midden-Nederland/)).toBeVisible();
  });

  it('has a skip link to the main content and a labelled navigation with the existing pages', async () => {
    renderApp({ mocks: [signedIn()] });

    const navigation = await screen.findByRole('navigation', { name: 'Hoofdmenu', hidden: true });
    const links = within(navigation).getAllByRole('link', { hidden: true });
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Start', '/'],
      ['Dossiers', '/dossiers'],
      ['Aanmelden', '/aanmelden'],
      ['Mijn acties', '/mijn-acties'],
      ['Overleggen', '/overleggen'],
      ['Mijn gebied', '/mijn-gebied'],
      ['Mijn account', '/account'],
    ]);
    expect(within(navigation).getByRole('link', { name: 'Start', hidden: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('link', { name: 'Naar de inhoud' })).toHaveAttribute('href', '#inhoud');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'inhoud');
  });

  it.each([
    [
      ['FUNCTIONAL_ADMIN'],
      [
        'Start',
        'Bewaartermijnen',
        'Convenant',
        'Organisaties',
        'Single sign-on',
        'Instellingen',
        'Wijken',
        'Gebiedsteams',
        'Mijn account',
      ],
    ],
    [
      ['PRIVACY_OFFICER'],
      [
        'Start',
        'Audittrail',
        'Verzoeken betrokkenen',
        'Bewaartermijnen',
        'Convenant',
        'Mijn account',
      ],
    ],
    [['AGENCY_ADMIN'], ['Start', 'Rapportage', 'Gebruikers', 'Single sign-on', 'Mijn account']],
    [
      ['MEMBER', 'PROCESREGISSEUR'],
      [
        'Start',
        'Dossiers',
        'Aanmelden',
        'Triage',
        'Mijn acties',
        'Overleggen',
        'Mijn gebied',
        'Overzicht',
        'Rapportage',
        'Afsprakenkaart',
        'Mijn account',
      ],
    ],
  ] as const)('offers %j only the pages of their roles', async (roles, expected) => {
    renderApp({ mocks: [meSignedIn(me({ roles: [...roles] }))] });

    const navigation = await screen.findByRole('navigation', { name: 'Hoofdmenu', hidden: true });
    const links = within(navigation).getAllByRole('link', { hidden: true });
    expect(links.map((link) => link.textContent)).toEqual(expected);
  });

  it('opens and closes the menu on narrow screens with a button that reports its state', async () => {
    const { user } = renderApp({ mocks: [signedIn()] });
    const toggle = await screen.findByRole('button', { name: 'Menu' });

    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('navigation', { name: 'Hoofdmenu' })).toHaveClass(
      'schakel-side-nav--open',
    );

    await user.click(screen.getByRole('link', { name: 'Mijn account' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  });

  it('logs out with the CSRF token, forgets the session and shows the login page', async () => {
    const { user, requests, client } = renderApp({ mocks: [signedIn(), logoutSucceeds()] });

    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inloggen bij Schakel' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent('U bent uitgelogd.');
    const logout = requests.find((request) => request.operationName === 'Logout');
    expect(logout?.headers['x-csrf-token']).toBe('token-123');
    expect(client.cache.extract()).toEqual({});
    expect(screen.queryByText('Jan de Vries')).not.toBeInTheDocument();
  });

  it('sends the user to the login page with a notice when the session expires later on', async () => {
    const { client } = renderApp({
      mocks: [signedIn(), meFails('SESSION_EXPIRED')],
      route: '/account',
    });
    await screen.findByRole('heading', { level: 1, name: 'Mijn account' });

    // Any later operation may be the one that finds the session gone.
    await client.query({ query: ME_QUERY, fetchPolicy: 'network-only' }).catch(() => undefined);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inloggen bij Schakel' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Uw sessie is verlopen. Log opnieuw in om verder te gaan.',
    );
  });

  it('while the database is away, says so without sending the user to the login page, and comes back by itself, still signed in', async () => {
    const { requests } = renderApp({
      mocks: [meFails('SERVICE_UNAVAILABLE'), signedIn()],
      route: '/account',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Schakel is even niet bereikbaar' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Schakel kan de gegevens nu niet bereiken. Probeer het zo opnieuw.',
    );
    expect(screen.queryByRole('heading', { name: 'Inloggen bij Schakel' })).not.toBeInTheDocument();

    // The session is checked again after a pause; nobody has to log in anew.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mijn account' }, { timeout: 15_000 }),
    ).toBeVisible();
    expect(requests.filter((r) => r.operationName === 'Me')).toHaveLength(2);
  }, 30_000);

  it.each([
    [
      'the audit trail is away',
      'AUDIT_UNAVAILABLE',
      'Schakel kan op dit moment niet vastleggen wie welke gegevens inziet.',
    ],
    [
      'an answer the session check does not expect',
      'QUERY_TOO_COMPLEX',
      'Er ging iets mis in Schakel. Probeer het later opnieuw.',
    ],
  ] as const)('when %s, says what is the matter', async (_, code, sentence) => {
    renderApp({ mocks: [meFails(code), signedIn()], route: '/account' });
    await screen.findByRole('heading', { level: 1, name: 'Schakel is even niet bereikbaar' });
    expect(screen.getByRole('status')).toHaveTextContent(sentence);
    expect(screen.getByRole('status')).not.toHaveTextContent('error.');
  });

  it('after an error of the API itself offers to try again, and does not log the user out', async () => {
    const { user, requests } = renderApp({
      mocks: [meFails('INTERNAL'), signedIn()],
      route: '/account',
    });
    await screen.findByRole('heading', { level: 1, name: 'Schakel is even niet bereikbaar' });
    expect(screen.getByRole('status')).toHaveTextContent('U bent niet uitgelogd.');
    expect(screen.queryByRole('textbox', { name: 'E-mailadres' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
    expect(requests.filter((r) => r.operationName === 'Me')).toHaveLength(2);
  });

  it('keeps a signed-in user on the page when a later operation fails with an error that is not about the session', async () => {
    const { client } = renderApp({ mocks: [signedIn(), meFails('INTERNAL')], route: '/account' });
    await screen.findByRole('heading', { level: 1, name: 'Mijn account' });

    await client.query({ query: ME_QUERY, fetchPolicy: 'network-only' }).catch(() => undefined);

    expect(screen.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Inloggen bij Schakel' })).not.toBeInTheDocument();
  });
});
