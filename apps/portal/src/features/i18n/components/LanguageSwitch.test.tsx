import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { me, meFails, meSignedIn } from '../../../test/sessionFixtures';
import { SET_MAIL_LANGUAGE_MUTATION } from '../../account/graphql/mailLanguageMutation';

describe('LanguageSwitch', () => {
  it('switches the login page to English and back, and sets the page language', async () => {
    const { user } = renderApp({ mocks: [meFails()], route: '/inloggen' });

    await user.click(await screen.findByRole('button', { name: 'English' }));

    // The page arrives in its own chunk, possibly after the switch in the header.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Log in to Schakel' }),
    ).toBeVisible();
    expect(screen.getByLabelText('Email address')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await waitFor(() => expect(document.title).toBe('Log in — Schakel'));

    await user.click(screen.getByRole('button', { name: 'Nederlands' }));

    expect(screen.getByRole('heading', { level: 1, name: 'Inloggen bij Schakel' })).toBeVisible();
    expect(document.documentElement.lang).toBe('nl');
  });

  it('is operable with the keyboard alone', async () => {
    const { user } = renderApp({ mocks: [meFails()], route: '/inloggen' });
    const english = await screen.findByRole('button', { name: 'English' });

    await user.tab(); // skip link
    await user.tab();
    expect(english).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('button', { name: 'Log in' })).toBeVisible();
  });

  it('remembers the choice for the next visit', async () => {
    const first = renderApp({ mocks: [meFails()], route: '/inloggen' });
    await first.user.click(await screen.findByRole('button', { name: 'English' }));
    first.unmount();

    renderApp({ mocks: [meFails()], route: '/inloggen' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Log in to Schakel' }),
    ).toBeVisible();
  });

  it('translates the signed-in shell, including role and navigation names', async () => {
    const { user } = renderApp({
      mocks: [meSignedIn(me({ roles: ['PROCESREGISSEUR'], agencyType: 'ZVH' }))],
    });

    await user.click(await screen.findByRole('button', { name: 'English' }));

    const navigation = screen.getByRole('navigation', { name: 'Main menu' });
    expect(navigation).toHaveTextContent('Home');
    expect(navigation).toHaveTextContent('My account');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Your role: Process director' }),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeVisible();
  });

  it("remembers a signed-in user's choice for the e-mails too, and a signed-out visitor's only locally", async () => {
    const signedOut = renderApp({ mocks: [meFails()], route: '/inloggen' });
    await signedOut.user.click(await screen.findByRole('button', { name: 'English' }));
    expect(signedOut.requests.some((r) => r.operationName === 'SetMailLanguage')).toBe(false);
    signedOut.unmount();
    window.localStorage.clear();

    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(me({ roles: ['MEMBER'] })),
        {
          request: { query: SET_MAIL_LANGUAGE_MUTATION, variables: { language: 'en' } },
          result: { data: { setMailLanguage: 'en' } },
        },
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'English' }));
    await waitFor(() =>
      expect(
        requests.filter((r) => r.operationName === 'SetMailLanguage').map((r) => r.variables),
      ).toEqual([{ language: 'en' }]),
    );
  });
});
