import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';

describe('the account page on a small screen', () => {
  it('leads to each of its parts in one step from the top', async () => {
    renderApp({ mocks: [meSignedIn(me())], route: '/account' });
    const nav = await screen.findByRole('navigation', { name: 'Op deze pagina' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Wachtwoord wijzigen', '#wachtwoord'],
      ['Tweede stap bij het inloggen', '#tweede-stap'],
      ['E-mail over meldingen', '#e-mail'],
      ['Actieve sessies', '#sessies'],
    ]);
    // Each link leads to a part of the page; the password part is there without any loading.
    for (const link of links)
      expect(document.getElementById(link.getAttribute('href')!.slice(1))).not.toBeNull();
    const password = document.getElementById('wachtwoord')!;
    expect(
      within(password).getByRole('heading', { level: 2, name: 'Wachtwoord wijzigen' }),
    ).toBeVisible();
  });
});
