import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { loginFails, loginSucceeds, me, meFails, meSignedIn } from '../../../test/sessionFixtures';

const credentials = { email: 'fatima.elamrani@utrecht.example', password: 'correct horse battery' };

async function fillIn(user: ReturnType<typeof renderApp>['user'], email: string, password: string) {
  await user.type(await screen.findByLabelText('E-mailadres'), email);
  await user.type(screen.getByLabelText('Wachtwoord'), password);
}

describe('LoginForm', () => {
  it('offers labelled fields that password managers recognise', async () => {
    renderApp({ mocks: [meFails()], route: '/inloggen' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inloggen bij Schakel' }),
    ).toBeVisible();
    expect(screen.getByLabelText('E-mailadres')).toHaveAttribute('autocomplete', 'username');
    expect(screen.getByLabelText('Wachtwoord')).toHaveAttribute('autocomplete', 'current-password');
    expect(screen.getByRole('button', { name: 'Inloggen' })).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Inloggen — Schakel'));
  });

  it('shows the generic message for wrong credentials and keeps what was typed', async () => {
    const { user } = renderApp({
      mocks: [meFails(), loginFails('INVALID_CREDENTIALS')],
      route: '/inloggen',
    });

    await fillIn(user, credentials.email, 'wrong password');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('E-mailadres of wachtwoord onjuist'),
    );
    expect(screen.getByLabelText('E-mailadres')).toHaveValue(credentials.email);
    expect(screen.getByLabelText('Wachtwoord')).toHaveValue('wrong password');
  });

  it('tells a throttled user to wait, in English when English was chosen', async () => {
    const { user } = renderApp({
      mocks: [meFails(), loginFails('LOGIN_THROTTLED')],
      route: '/inloggen',
      locale: 'en',
    });

    await user.type(await screen.findByLabelText('Email address'), credentials.email);
    await user.type(screen.getByLabelText('Password'), credentials.password);
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Too many login attempts. Wait a few minutes and try again.',
      ),
    );
  });

  it('sends a person of an organisation with its own login service there, instead of a password', async () => {
    const { user } = renderApp({
      mocks: [meFails(), loginFails('SSO_REQUIRED')],
      route: '/inloggen',
    });

    await fillIn(user, credentials.email, credentials.password);
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Uw organisatie regelt het inloggen voor Schakel. Log in via uw organisatie',
      ),
    );
  });

  it('asks for missing fields without calling the API', async () => {
    const { user, requests } = renderApp({ mocks: [meFails()], route: '/inloggen' });

    await user.type(await screen.findByLabelText('Wachtwoord'), 'something');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(screen.getByText('Vul uw e-mailadres in.')).toBeVisible();
    expect(screen.getByLabelText('E-mailadres')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('E-mailadres')).toHaveAccessibleDescription(
      'Vul uw e-mailadres in.',
    );
    expect(screen.getByLabelText('E-mailadres')).toHaveFocus();
    expect(requests.map((request) => request.operationName)).toEqual(['Me']);
  });

  it('goes to the home page after logging in', async () => {
    const { user } = renderApp({
      mocks: [meFails(), loginSucceeds(credentials, me({ displayName: 'Fatima El Amrani' }))],
      route: '/inloggen',
    });

    await fillIn(user, credentials.email, credentials.password);
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' }),
    ).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Start — Schakel'));
  });

  it('returns to the page the user asked for before logging in', async () => {
    const { user } = renderApp({
      mocks: [meFails(), loginSucceeds(credentials, me())],
      route: '/account',
    });

    await fillIn(user, credentials.email, credentials.password);
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  });

  it('skips the login page for a user who already has a session', async () => {
    renderApp({ mocks: [meSignedIn(me({ displayName: 'Jan de Vries' }))], route: '/inloggen' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Jan de Vries' }),
    ).toBeVisible();
  });

  it('says so when the API cannot be reached, instead of pretending the password is wrong', async () => {
    renderApp({
      mocks: [
        { request: { query: meFails().request.query }, error: new TypeError('Failed to fetch') },
      ],
      route: '/inloggen',
    });

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Schakel is op dit moment niet bereikbaar',
      ),
    );
    expect(screen.getByLabelText('E-mailadres')).toBeVisible();
  });
});
