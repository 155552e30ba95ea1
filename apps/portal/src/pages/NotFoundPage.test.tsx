import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../test/renderApp';
import { me, meFails, meSignedIn } from '../test/sessionFixtures';

describe('NotFoundPage', () => {
  it('tells a signed-in user the page does not exist, inside the shell', async () => {
    renderApp({ mocks: [meSignedIn(me())], route: '/bestaat-niet' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
    ).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Pagina niet gevonden — Schakel'));
    expect(screen.getByRole('button', { name: 'Uitloggen' })).toBeVisible();
  });

  it('also answers visitors without a session, without the signed-in shell', async () => {
    renderApp({ mocks: [meFails()], route: '/bestaat-niet' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Pagina niet gevonden' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Uitloggen' })).not.toBeInTheDocument();
  });
});
