import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LOGIN_MUTATION } from '../../auth/graphql/loginMutation';
import { renderApp } from '../../../test/renderApp';
import { meFails } from '../../../test/sessionFixtures';

const refused = (extensions: Record<string, unknown>) => ({
  request: { query: LOGIN_MUTATION, variables: () => true },
  result: {
    errors: [{ message: 'locked', extensions: { code: 'COVENANT_NOT_SIGNED', ...extensions } }],
  },
});

async function logIn(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByLabelText('E-mailadres'), 'boa@handhaving.example');
  await user.type(screen.getByLabelText('Wachtwoord'), 'een lang wachtwoord');
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

describe('the covenant lock-out at login', () => {
  it("says why, and names the ZVH's desk with links to write or call", async () => {
    const { user } = renderApp({
      mocks: [
        meFails(),
        refused({
          regionName: 'ZVH Demostad',
          contactEmail: 'desk@zvh.example',
          contactPhone: '010-123 45 67',
        }),
      ],
      route: '/inloggen',
    });
    await logIn(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Uw organisatie heeft de huidige versie van het convenant nog niet ondertekend.',
    );
    expect(alert).toHaveTextContent('Neem contact op met ZVH Demostad');
    expect(within(alert).getByRole('link', { name: 'desk@zvh.example' })).toHaveAttribute(
      'href',
      'mailto:desk@zvh.example',
    );
    expect(within(alert).getByRole('link', { name: '010-123 45 67' })).toHaveAttribute(
      'href',
      'tel:0101234567',
    );
  });

  it("points to the region's ZVH when it has set no contact", async () => {
    const { user } = renderApp({
      mocks: [
        meFails(),
        refused({ regionName: 'ZVH Demostad', contactEmail: null, contactPhone: null }),
      ],
      route: '/inloggen',
    });
    await logIn(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Neem contact op met het Zorg- en Veiligheidshuis van uw regio',
    );
    expect(within(alert).queryByRole('link')).toBeNull();
  });
});
