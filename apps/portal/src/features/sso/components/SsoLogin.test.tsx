import { screen, waitFor } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { me, meFails, meSignedIn } from '../../../test/sessionFixtures';
import { LOGOUT_MUTATION } from '../../auth/graphql/logoutMutation';
import { LOGIN_METHOD_QUERY } from '../graphql/loginMethodQuery';
import { redirectTo } from '../utils/redirectTo';

vi.mock('../utils/redirectTo', () => ({ redirectTo: vi.fn() }));

const SSO_ADDRESS = 'j.devries@politie.example';
const START = `/auth/sso/start?email=${encodeURIComponent(SSO_ADDRESS)}`;

const method = (
  email: string,
  answer: { method: 'SSO' | 'PASSWORD'; startPath: string | null },
): MockLink.MockedResponse => ({
  request: { query: LOGIN_METHOD_QUERY, variables: { email } },
  result: { data: { loginMethod: { __typename: 'LoginMethodModel', ...answer } } },
});

const operations = (requests: { operationName: string | undefined }[]) =>
  requests.map((request) => request.operationName);

beforeEach(() => vi.mocked(redirectTo).mockClear());

/** Pastes rather than types: the same change events, without a keystroke per character. */
async function enter(
  user: ReturnType<typeof renderApp>['user'],
  field: HTMLElement,
  value: string,
) {
  await user.click(field);
  await user.paste(value);
}

describe('the login page, e-mail first', () => {
  it('sends an address of an SSO agency on to its provider and never asks for or sends a password', async () => {
    const { user, requests } = renderApp({
      mocks: [meFails(), method(SSO_ADDRESS, { method: 'SSO', startPath: START })],
      route: '/inloggen',
    });

    await enter(user, await screen.findByLabelText('E-mailadres'), SSO_ADDRESS);
    await user.tab();

    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Inloggen via uw organisatie',
    });
    expect(heading).toHaveFocus();
    expect(screen.queryByLabelText('Wachtwoord')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Verder bij uw organisatie' }));
    expect(redirectTo).toHaveBeenCalledWith(START);
    expect(operations(requests)).toEqual(['Me', 'LoginMethod']);
  });

  it('also redirects when the address is submitted with Enter straight away', async () => {
    const { user, requests } = renderApp({
      mocks: [meFails(), method(SSO_ADDRESS, { method: 'SSO', startPath: START })],
      route: '/inloggen',
    });

    await enter(user, await screen.findByLabelText('E-mailadres'), SSO_ADDRESS);
    await user.keyboard('{Enter}');

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith(START));
    expect(operations(requests)).not.toContain('Login');
  });

  it('keeps the password step for an address without SSO, whether or not it has an account', async () => {
    const { user } = renderApp({
      mocks: [
        meFails(),
        method('iemand@gemeente.example', { method: 'PASSWORD', startPath: null }),
      ],
      route: '/inloggen',
    });

    await enter(user, await screen.findByLabelText('E-mailadres'), 'iemand@gemeente.example');
    await user.tab();

    expect(screen.getByLabelText('Wachtwoord')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Inloggen' })).toBeVisible();
    expect(screen.queryByRole('heading', { name: 'Inloggen via uw organisatie' })).toBeNull();
  });

  it('lets the user choose another address after the SSO step appeared', async () => {
    const { user } = renderApp({
      mocks: [meFails(), method(SSO_ADDRESS, { method: 'SSO', startPath: START })],
      route: '/inloggen',
    });

    await enter(user, await screen.findByLabelText('E-mailadres'), SSO_ADDRESS);
    await user.tab();
    await user.click(await screen.findByRole('button', { name: 'Ander e-mailadres gebruiken' }));

    expect(screen.getByLabelText('E-mailadres')).toHaveValue('');
    expect(screen.getByLabelText('E-mailadres')).toHaveFocus();
    expect(screen.getByLabelText('Wachtwoord')).toBeVisible();
    expect(redirectTo).not.toHaveBeenCalled();
  });

  it.each([
    ['no-account', 'geen actief Schakel-account'],
    ['failed', 'Inloggen via uw organisatie is niet gelukt'],
    ['unavailable', 'Inloggen via uw organisatie is nu niet mogelijk'],
    ['throttled', 'Te veel mislukte pogingen om via uw organisatie in te loggen'],
  ])('explains a failed sign-in at the provider (?sso=%s)', async (outcome, text) => {
    renderApp({ mocks: [meFails()], route: `/inloggen?sso=${outcome}` });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text));
  });

  it('speaks English when English was chosen', async () => {
    const { user } = renderApp({
      mocks: [meFails(), method(SSO_ADDRESS, { method: 'SSO', startPath: START })],
      route: '/inloggen',
      locale: 'en',
    });
    await enter(user, await screen.findByLabelText('Email address'), SSO_ADDRESS);
    await user.tab();
    expect(
      await screen.findByRole('button', { name: 'Continue at your organisation' }),
    ).toBeVisible();
  });
});

describe('logging out of an SSO session', () => {
  it("ends the session and goes on to the provider's end-session page", async () => {
    const endSessionUrl = 'https://login.politie.example/session/end?id_token_hint=x';
    const { user } = renderApp({
      mocks: [
        meSignedIn(me({ displayName: 'Jeroen de Vries' })),
        {
          request: { query: LOGOUT_MUTATION },
          result: { data: { logoutSso: { __typename: 'SsoLogoutModel', endSessionUrl } } },
        },
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Uitloggen' }));

    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith(endSessionUrl));
  });
});
