import type { MockLink } from '@apollo/client/testing';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import { EXTEND_SESSION_MUTATION } from '../graphql/extendSessionMutation';

const extendSucceeds = (until: number): MockLink.MockedResponse => ({
  request: { query: EXTEND_SESSION_MUTATION },
  result: { data: { extendSession: new Date(until).toISOString() } },
});

const signedInUntil = (until: number) =>
  meSignedIn(me({ sessionIdleExpiresAt: new Date(until).toISOString() }));

const MINUTE = 60_000;

describe('IdleWarning (WCAG 2.2.1)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('appears two minutes before the idle timeout as a modal alert dialog with the focus on "Blijf ingelogd"', async () => {
    renderApp({ mocks: [signedInUntil(Date.now() + 3 * MINUTE)], route: '/account' });
    await screen.findByRole('heading', { level: 1, name: 'Mijn account' });
    expect(screen.queryByRole('alertdialog')).toBeNull();

    await act(() => vi.advanceTimersByTimeAsync(MINUTE + 1000));

    const dialog = await screen.findByRole('alertdialog', { name: 'U wordt zo uitgelogd' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(
      'U bent een tijd niet actief geweest. Over 2 minuten wordt u automatisch uitgelogd om uw gegevens te beschermen.',
    );
    expect(within(dialog).getByRole('button', { name: 'Blijf ingelogd' })).toHaveFocus();
  });

  it('"Blijf ingelogd" with one key press extends the session: the dialog goes and no sign-out follows', async () => {
    const { user, requests } = renderApp({
      mocks: [
        signedInUntil(Date.now() + 2 * MINUTE + 500),
        extendSucceeds(Date.now() + 32 * MINUTE),
      ],
      route: '/account',
    });
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Blijf ingelogd' })).toHaveFocus(),
    );

    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(requests.map((r) => r.operationName)).toContain('ExtendSession');
    await act(() => vi.advanceTimersByTimeAsync(3 * MINUTE));
    expect(screen.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('keeps the keyboard focus inside the dialog, and Escape also keeps the user signed in', async () => {
    const { user, requests } = renderApp({
      mocks: [signedInUntil(Date.now() + 2 * MINUTE), extendSucceeds(Date.now() + 32 * MINUTE)],
      route: '/account',
    });
    const dialog = await screen.findByRole('alertdialog');
    const stay = within(dialog).getByRole('button', { name: 'Blijf ingelogd' });
    const leave = within(dialog).getByRole('button', { name: 'Nu uitloggen' });
    await waitFor(() => expect(stay).toHaveFocus());
    await user.tab();
    expect(leave).toHaveFocus();
    await user.tab();
    expect(stay).toHaveFocus();
    await user.tab({ shift: true });
    expect(leave).toHaveFocus();

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(requests.map((r) => r.operationName)).toContain('ExtendSession');
  });

  it('signs out when the time runs out, with a notice on the login page that says why', async () => {
    renderApp({ mocks: [signedInUntil(Date.now() + 2 * MINUTE + 500)], route: '/account' });
    await screen.findByRole('alertdialog');

    await act(() => vi.advanceTimersByTimeAsync(2 * MINUTE + 1000));

    expect(
      await screen.findByText(
        'U bent automatisch uitgelogd omdat u een tijd niet actief was. Log opnieuw in om verder te gaan.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Inloggen bij Schakel' }),
    ).toBeInTheDocument();
  });
});
