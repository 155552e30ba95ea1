import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { graphQLError, meFails } from '../../../test/sessionFixtures';
import { ACTIVATE_ACCOUNT_MUTATION } from '../graphql/activateAccountMutation';

const TOKEN = 'a'.repeat(20) + '_-' + 'B'.repeat(21);
const PASSWORD = 'paars-tramkaartje-vlieger-42';

const activates = (password: string) => ({
  request: { query: ACTIVATE_ACCOUNT_MUTATION, variables: { input: { token: TOKEN, password } } },
  result: { data: { activateAccount: true } },
});
const activationFails = (code: 'ACTIVATION_LINK_INVALID' | 'PASSWORD_TOO_COMMON') => ({
  request: { query: ACTIVATE_ACCOUNT_MUTATION, variables: () => true },
  result: graphQLError(code),
});

type User = ReturnType<typeof renderApp>['user'];

async function fillIn(user: User, password: string, repeat: string) {
  await screen.findByRole('heading', { level: 1, name: 'Uw Schakel-account activeren' });
  if (password) await user.type(screen.getByLabelText('Wachtwoord'), password);
  if (repeat) await user.type(screen.getByLabelText('Herhaal wachtwoord'), repeat);
  await user.click(screen.getByRole('button', { name: 'Account activeren' }));
}

describe('ActivateAccountForm', () => {
  it('sets the password with the token from the link and points to the login', async () => {
    const { user, requests } = renderApp({
      mocks: [meFails(), activates(PASSWORD)],
      route: `/activeren#${TOKEN}`,
    });
    await fillIn(user, PASSWORD, PASSWORD);

    expect(await screen.findByText('Uw account is geactiveerd.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Naar inloggen' })).toHaveAttribute(
      'href',
      '/inloggen',
    );
    const sent = requests.find((r) => r.operationName === 'ActivateAccount');
    expect(sent?.variables).toEqual({ input: { token: TOKEN, password: PASSWORD } });
  });

  it('checks the repeat and the length before asking the API', async () => {
    const { user, requests } = renderApp({ mocks: [meFails()], route: `/activeren#${TOKEN}` });
    await fillIn(user, 'kort', 'anders');

    expect(screen.getByLabelText('Wachtwoord')).toHaveAccessibleDescription(
      expect.stringContaining('minstens 12 tekens') as unknown,
    );
    expect(screen.getByLabelText('Herhaal wachtwoord')).toHaveAccessibleDescription(
      'De wachtwoorden zijn niet gelijk.',
    );
    expect(screen.getByLabelText('Wachtwoord')).toHaveFocus();
    expect(requests.map((r) => r.operationName)).toEqual(['Me']);
  });

  it('says so when the link was used or expired, and when the password is too common', async () => {
    const { user } = renderApp({
      mocks: [
        meFails(),
        activationFails('PASSWORD_TOO_COMMON'),
        activationFails('ACTIVATION_LINK_INVALID'),
      ],
      route: `/activeren#${TOKEN}`,
    });
    await fillIn(user, PASSWORD, PASSWORD);
    await vi.waitFor(() =>
      expect(screen.getByLabelText('Wachtwoord')).toHaveAccessibleDescription(
        expect.stringContaining('veelgebruikte of gelekte') as unknown as string,
      ),
    );

    await user.click(screen.getByRole('button', { name: 'Account activeren' }));
    expect(
      await screen.findByText(/Deze activeringslink werkt niet \(meer\)/, { selector: 'p, a, li' }),
    ).toBeVisible();
  });

  it('shows no form for a link without a token', async () => {
    renderApp({ mocks: [meFails()], route: '/activeren' });
    expect(await screen.findByText(/Deze activeringslink werkt niet \(meer\)/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Account activeren' })).toBeNull();
  });
});
