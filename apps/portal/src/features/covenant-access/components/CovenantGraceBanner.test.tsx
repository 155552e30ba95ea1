import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';

describe('the covenant grace banner', () => {
  it('tells users of an agency in its grace period until when they can work, on every page', async () => {
    renderApp({
      mocks: [meSignedIn(me({ covenantAccessEndsAt: '2027-01-04T10:00:00.000Z' }))],
      route: '/account',
    });
    expect(
      await screen.findByText(
        'Uw organisatie heeft de nieuwe versie van het convenant nog niet ondertekend. U kunt Schakel gebruiken tot 4 januari 2027; daarna pas weer als de ondertekening is vastgelegd.',
      ),
    ).toBeVisible();
    // A standing note, not a live alert that would interrupt on every page.
    expect(screen.getByRole('note')).toHaveTextContent('tot 4 januari 2027');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is absent when the agency signed the current version', async () => {
    renderApp({ mocks: [meSignedIn(me())], route: '/account' });
    expect(await screen.findByRole('heading', { level: 1 })).toBeVisible();
    expect(screen.queryByText(/nieuwe versie van het convenant/)).toBeNull();
  });
});
