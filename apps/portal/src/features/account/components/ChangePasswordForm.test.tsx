import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ME_QUERY } from '../../auth/graphql/meQuery';
import { renderApp } from '../../../test/renderApp';
import {
  changePasswordFails,
  changePasswordSucceeds,
  logoutSucceeds,
  me,
  meSignedIn,
} from '../../../test/sessionFixtures';

const account = me({ email: 'noor.jansen@svg.example', csrfToken: 'csrf-before' });
const passwords = { currentPassword: 'oud-wachtwoord-1', newPassword: 'nieuw-wachtwoord-2026' };

type User = ReturnType<typeof renderApp>['user'];

const field = {
  current: () => screen.getByLabelText('Huidig wachtwoord'),
  new: () => screen.getByLabelText('Nieuw wachtwoord'),
  repeat: () => screen.getByLabelText('Herhaal nieuw wachtwoord'),
};

async function fillIn(user: User, current: string, next: string, repeat: string) {
  await screen.findByRole('heading', { level: 2, name: 'Wachtwoord wijzigen' });
  if (current) await user.type(field.current(), current);
  if (next) await user.type(field.new(), next);
  if (repeat) await user.type(field.repeat(), repeat);
}

const submit = (user: User) =>
  user.click(screen.getByRole('button', { name: 'Wachtwoord wijzigen' }));

// The header polls the unread notification count and the page's other sections load their own
// data (the e-mail settings, second factors, the sessions); this test is about the form's calls.
const OTHERS = new Set([
  'UnreadNotifications',
  'MyMailPreferences',
  'MySecondFactors',
  'MySessions',
]);
const operations = (requests: ReturnType<typeof renderApp>['requests']) =>
  requests.map((request) => request.operationName).filter((name) => !OTHERS.has(name ?? ''));
const sent = (requests: ReturnType<typeof renderApp>['requests'], operationName: string) =>
  requests.find((request) => request.operationName === operationName);

describe('ChangePasswordForm', () => {
  it('offers labelled password fields that password managers recognise, with the length rule', async () => {
    renderApp({ mocks: [meSignedIn(account)], route: '/account' });

    const section = await screen.findByRole('region', { name: 'Wachtwoord wijzigen' });
    expect(field.current()).toHaveAttribute('autocomplete', 'current-password');
    expect(field.new()).toHaveAttribute('autocomplete', 'new-password');
    expect(field.repeat()).toHaveAttribute('autocomplete', 'new-password');
    for (const input of [field.current(), field.new(), field.repeat()]) {
      expect(input).toHaveAttribute('type', 'password');
      expect(input).not.toHaveAttribute('aria-invalid', 'true');
    }
    expect(field.new()).toHaveAccessibleDescription(
      'Uw nieuwe wachtwoord moet minstens 12 tekens lang zijn.',
    );
    expect(section.querySelector('input[autocomplete="username"]')).toHaveValue(
      'noor.jansen@svg.example',
    );
    expect(within(section).getByRole('button', { name: 'Wachtwoord wijzigen' })).toBeVisible();
  });

  it('asks for every empty field without calling the API, starting at the first', async () => {
    const { user, requests } = renderApp({ mocks: [meSignedIn(account)], route: '/account' });
    await screen.findByRole('heading', { level: 2, name: 'Wachtwoord wijzigen' });

    await submit(user);

    expect(field.current()).toHaveAccessibleDescription('Vul uw huidige wachtwoord in.');
    expect(field.new()).toHaveAccessibleDescription(
      'Vul een nieuw wachtwoord in. Uw nieuwe wachtwoord moet minstens 12 tekens lang zijn.',
    );
    expect(field.repeat()).toHaveAccessibleDescription('Vul uw nieuwe wachtwoord nog een keer in.');
    expect(field.current()).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Uw wachtwoord is niet gewijzigd.');
    expect(operations(requests)).toEqual(['Me']);
  });

  it('catches a repeat that differs without calling the API, and keeps what was typed', async () => {
    const { user, requests } = renderApp({ mocks: [meSignedIn(account)], route: '/account' });

    await fillIn(user, passwords.currentPassword, passwords.newPassword, 'nieuw-wachtwoord-2025');
    await submit(user);

    expect(field.repeat()).toHaveAttribute('aria-invalid', 'true');
    expect(field.repeat()).toHaveAccessibleDescription('De wachtwoorden zijn niet gelijk.');
    expect(field.repeat()).toHaveFocus();
    expect(field.current()).not.toHaveAttribute('aria-invalid', 'true');
    expect(field.new()).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('De wachtwoorden zijn niet gelijk.');
    expect(field.current()).toHaveValue(passwords.currentPassword);
    expect(field.new()).toHaveValue(passwords.newPassword);
    expect(field.repeat()).toHaveValue('nieuw-wachtwoord-2025');
    expect(operations(requests)).toEqual(['Me']);
  });

  it('catches a new password that is too short without calling the API', async () => {
    const { user, requests } = renderApp({ mocks: [meSignedIn(account)], route: '/account' });

    await fillIn(user, passwords.currentPassword, 'te-kort', 'te-kort');
    await submit(user);

    expect(field.new()).toHaveAttribute('aria-invalid', 'true');
    expect(field.new()).toHaveAccessibleDescription(
      'Het wachtwoord is te kort. Gebruik minstens 12 tekens. Uw nieuwe wachtwoord moet minstens 12 tekens lang zijn.',
    );
    expect(field.new()).toHaveFocus();
    expect(field.repeat()).not.toHaveAttribute('aria-invalid', 'true');
    expect(operations(requests)).toEqual(['Me']);
  });

  it('takes the user from the error summary to the field', async () => {
    const { user } = renderApp({ mocks: [meSignedIn(account)], route: '/account' });

    await fillIn(user, '', passwords.newPassword, 'iets-anders-dan-dat');
    await submit(user);
    expect(field.current()).toHaveFocus();

    await user.click(
      within(screen.getByRole('alert')).getByRole('link', {
        name: 'De wachtwoorden zijn niet gelijk.',
      }),
    );
    expect(field.repeat()).toHaveFocus();
  });

  it('shows a wrong current password at that field and keeps the input', async () => {
    const { user, requests } = renderApp({
      mocks: [meSignedIn(account), changePasswordFails('INVALID_CREDENTIALS')],
      route: '/account',
    });

    await fillIn(user, 'verkeerd-wachtwoord', passwords.newPassword, passwords.newPassword);
    await submit(user);

    await waitFor(() => expect(field.current()).toHaveAttribute('aria-invalid', 'true'));
    expect(field.current()).toHaveAccessibleDescription('Het huidige wachtwoord klopt niet.');
    expect(field.current()).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Het huidige wachtwoord klopt niet.');
    expect(field.current()).toHaveValue('verkeerd-wachtwoord');
    expect(field.new()).toHaveValue(passwords.newPassword);
    expect(field.repeat()).toHaveValue(passwords.newPassword);
    expect(screen.queryByText(/Uw wachtwoord is gewijzigd/)).not.toBeInTheDocument();
    expect(operations(requests)).toEqual(['Me', 'ChangePassword']);
    expect(sent(requests, 'ChangePassword')?.headers['x-csrf-token']).toBe('csrf-before');
  });

  it('shows a common or breached password, refused by the API, at the new password field', async () => {
    const { user } = renderApp({
      mocks: [meSignedIn(account), changePasswordFails('PASSWORD_TOO_COMMON')],
      route: '/account',
    });

    await fillIn(user, passwords.currentPassword, 'qwertyuiop123', 'qwertyuiop123');
    await submit(user);

    const message =
      'Dit wachtwoord staat in een lijst van veelgebruikte of gelekte wachtwoorden. Kies een ander wachtwoord.';
    await waitFor(() => expect(field.new()).toHaveAttribute('aria-invalid', 'true'));
    expect(field.new()).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(field.new()).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent(message);
  });

  it('refuses the current password as the new one before asking the API', async () => {
    const { user, requests } = renderApp({ mocks: [meSignedIn(account)], route: '/account' });

    await fillIn(user, passwords.newPassword, passwords.newPassword, passwords.newPassword);
    await submit(user);

    const message =
      'Het nieuwe wachtwoord is gelijk aan uw huidige wachtwoord. Kies een ander wachtwoord.';
    expect(field.new()).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(field.new()).toHaveFocus();
    expect(operations(requests)).toEqual(['Me']);
  });

  it('tells a throttled user to wait, in English when English was chosen', async () => {
    const { user } = renderApp({
      mocks: [meSignedIn(account), changePasswordFails('LOGIN_THROTTLED')],
      route: '/account',
      locale: 'en',
    });

    await screen.findByRole('heading', { level: 2, name: 'Change password' });
    await user.type(screen.getByLabelText('Current password'), passwords.currentPassword);
    await user.type(screen.getByLabelText('New password'), passwords.newPassword);
    await user.type(screen.getByLabelText('Repeat new password'), passwords.newPassword);
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Your password has not been changed.');
    expect(alert).toHaveTextContent('Too many login attempts. Wait a few minutes and try again.');
    expect(screen.getByLabelText('Current password')).toHaveValue(passwords.currentPassword);
  });

  it('confirms the change, clears the fields and continues with the new session and its CSRF token', async () => {
    const renewed = me({
      email: 'noor.jansen@svg.example',
      csrfToken: 'csrf-after',
      sessionExpiresAt: '2025-03-02T23:30:00.000Z',
    });
    const { user, requests, bridge, client } = renderApp({
      mocks: [meSignedIn(account), changePasswordSucceeds(passwords, renewed), logoutSucceeds()],
      route: '/account',
    });

    await fillIn(user, passwords.currentPassword, passwords.newPassword, passwords.newPassword);
    await submit(user);

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Uw wachtwoord is gewijzigd. U bent op andere apparaten uitgelogd.',
      ),
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(field.current()).toHaveValue('');
    expect(field.new()).toHaveValue('');
    expect(field.repeat()).toHaveValue('');
    expect(bridge.csrfToken()).toBe('csrf-after');
    expect(client.readQuery({ query: ME_QUERY })?.me.csrfToken).toBe('csrf-after');
    // The page shows the new session's end.
    // In the portal's one date-time format, as Dutch wall-clock time.
    expect(screen.getByText('Sessie eindigt uiterlijk').nextElementSibling).toHaveTextContent(
      '3 mrt 2025 00:30',
    );

    await user.click(screen.getByRole('button', { name: 'Uitloggen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inloggen bij Schakel' }),
    ).toBeVisible();

    expect(operations(requests)).toEqual(['Me', 'ChangePassword', 'Logout']);
    expect(sent(requests, 'ChangePassword')?.headers['x-csrf-token']).toBe('csrf-before');
    expect(sent(requests, 'Logout')?.headers['x-csrf-token']).toBe('csrf-after');
  });
});
