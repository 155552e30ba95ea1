import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderApp } from '../../../test/renderApp';
import { graphQLError, loginFails, me, meFails, meSignedIn } from '../../../test/sessionFixtures';
import {
  COMPLETE_LOGIN_WITH_CODE,
  CONFIRM_LOGIN_TOTP_ENROLMENT,
  MY_SECOND_FACTORS,
  REMOVE_TOTP,
  START_LOGIN_TOTP_ENROLMENT,
  STEP_UP,
  STEP_UP_ROUTE,
} from '../graphql/mfaDocuments';

const credentials = { email: 'fatima.elamrani@utrecht.example', password: 'correct horse battery' };
const RECOVERY_CODES = Array.from(
  { length: 10 },
  (_, i) => `abcd-efgh-${String(i).padStart(4, '0')}`,
);

type User = ReturnType<typeof renderApp>['user'];

async function passwordStep(user: User) {
  await user.type(await screen.findByLabelText('E-mailadres'), credentials.email);
  await user.type(screen.getByLabelText('Wachtwoord'), credentials.password);
  await user.click(screen.getByRole('button', { name: 'Inloggen' }));
}

const codeAnswer = (code: string, result: MockLink.MockedResponse['result']) => ({
  request: { query: COMPLETE_LOGIN_WITH_CODE, variables: { input: { code } } },
  result,
});

function factors(overrides: Partial<{ totp: boolean; recoveryCodesLeft: number }> = {}) {
  return {
    request: { query: MY_SECOND_FACTORS },
    result: {
      data: {
        mySecondFactors: {
          __typename: 'SecondFactors',
          required: false,
          totp: true,
          recoveryCodesLeft: 10,
          stepUpFresh: false,
          passkeys: [],
          ...overrides,
        },
      },
    },
  };
}

/** Where this session's step-up goes: a code (a password session) or the agency's provider. */
const stepUpRoute = (stepUpAtProvider: boolean, stepUpFresh = false) => ({
  request: { query: STEP_UP_ROUTE },
  result: {
    data: { mySecondFactors: { __typename: 'SecondFactors', stepUpFresh, stepUpAtProvider } },
  },
});

describe("the login's second step", () => {
  it('asks for the code after a right password, refuses a wrong one and logs in with the right one', async () => {
    const { user, requests } = renderApp({
      mocks: [
        meFails(),
        loginFails('SECOND_FACTOR_REQUIRED'),
        codeAnswer('000000', graphQLError('INVALID_SECOND_FACTOR')),
        codeAnswer('123456', { data: { completeLoginWithCode: me() } }),
      ],
      route: '/inloggen',
    });
    await passwordStep(user);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Bevestig dat u het bent' }),
    ).toBeVisible();
    const code = screen.getByLabelText('Code');
    // Focus moves in an effect after the step renders: on a busy machine a moment later.
    await waitFor(() => expect(code).toHaveFocus());
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    expect(code).toHaveAccessibleDescription('6 cijfers uit uw app, of een herstelcode');

    await user.type(code, '000000');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Deze code of passkey klopt niet of is al gebruikt',
      ),
    );
    expect(screen.getByLabelText('Code')).toHaveValue('');

    await user.type(screen.getByLabelText('Code'), '123456');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' }),
    ).toBeVisible();
    expect(requests.map((r) => r.operationName)).toContain('CompleteLoginWithCode');
  });

  it('asks for a missing code without calling the API, and goes back to the password step on request', async () => {
    const { user, requests } = renderApp({
      mocks: [meFails(), loginFails('SECOND_FACTOR_REQUIRED')],
      route: '/inloggen',
      locale: 'en',
    });
    await user.type(await screen.findByLabelText('Email address'), credentials.email);
    await user.type(screen.getByLabelText('Password'), credentials.password);
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    await screen.findByRole('heading', { level: 2, name: 'Confirm it is you' });

    await user.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(screen.getByText('Enter the code.')).toBeVisible();
    expect(screen.getByLabelText('Code')).toHaveAttribute('aria-invalid', 'true');
    // The e-mail step's lookup (LoginMethod) aside: the missing code was not sent.
    expect(requests.map((r) => r.operationName).filter((name) => name !== 'LoginMethod')).toEqual([
      'Me',
      'Login',
    ]);

    await user.click(screen.getByRole('button', { name: 'Log in again' }));
    const password = await screen.findByLabelText('Password');
    await waitFor(() => expect(password).toHaveFocus());
    // The e-mail address stays; the password is asked again.
    expect(screen.getByLabelText('Email address')).toHaveValue(credentials.email);
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });
});

describe('enrolment at the first login', () => {
  it('shows the QR code and the key, confirms the first code and shows the recovery codes once before opening the portal', async () => {
    const { user } = renderApp({
      mocks: [
        meFails(),
        loginFails('MFA_ENROLMENT_REQUIRED'),
        {
          request: { query: START_LOGIN_TOTP_ENROLMENT },
          result: {
            data: {
              startLoginTotpEnrolment: {
                __typename: 'TotpEnrolment',
                secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
                otpauthUri: 'otpauth://totp/Schakel:fatima?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
                qrCode: 'data:image/svg+xml;base64,PHN2Zy8+',
              },
            },
          },
        },
        {
          request: {
            query: CONFIRM_LOGIN_TOTP_ENROLMENT,
            variables: { input: { code: '654321' } },
          },
          result: {
            data: {
              confirmLoginTotpEnrolment: {
                __typename: 'EnrolledLogin',
                me: me(),
                recoveryCodes: RECOVERY_CODES,
              },
            },
          },
        },
      ],
      route: '/inloggen',
    });
    await passwordStep(user);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Stel een tweede stap in' }),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Authenticator-app instellen' }));
    const qr = await screen.findByRole('img', {
      name: 'QR-code om Schakel toe te voegen aan uw authenticator-app',
    });
    expect(qr).toHaveAttribute('src', 'data:image/svg+xml;base64,PHN2Zy8+');
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP')).toBeVisible();

    await user.type(screen.getByLabelText('Code'), '654321');
    await user.click(screen.getByRole('button', { name: 'Bevestigen' }));

    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Bewaar uw herstelcodes',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    const list = screen.getByRole('list', { name: 'Bewaar uw herstelcodes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(RECOVERY_CODES);
    // The portal opens only once the codes were acknowledged.
    expect(screen.queryByRole('heading', { level: 1, name: /Welkom/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Ik heb de codes bewaard' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' }),
    ).toBeVisible();
  });
});

describe('the account page section', () => {
  it('asks for a fresh second factor when removing the app needs it, then removes it', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(me()),
        factors(),
        { request: { query: REMOVE_TOTP }, result: graphQLError('STEP_UP_REQUIRED') },
        stepUpRoute(false),
        {
          request: { query: STEP_UP, variables: { input: { code: '111222' } } },
          result: { data: { stepUp: { __typename: 'SecondFactors', stepUpFresh: true } } },
        },
        {
          request: { query: REMOVE_TOTP },
          result: { data: { removeTotp: { __typename: 'SecondFactors', totp: false } } },
        },
        factors({ totp: false, recoveryCodesLeft: 0 }),
      ],
      route: '/account',
    });

    const section = await screen.findByRole('region', { name: 'Tweede stap bij het inloggen' });
    expect(within(section).getByText('Ingesteld')).toBeVisible();
    expect(within(section).getByText('Herstelcodes over: 10')).toBeVisible();

    await user.click(within(section).getByRole('button', { name: 'App verwijderen' }));
    expect(
      await within(section).findByRole('heading', { level: 3, name: 'Bevestig deze handeling' }),
    ).toBeVisible();
    await waitFor(() => expect(within(section).getByLabelText('Code')).toHaveFocus());
    await user.type(within(section).getByLabelText('Code'), '111222');
    await user.click(within(section).getByRole('button', { name: 'Bevestigen' }));

    await waitFor(() => expect(within(section).getByText('Niet ingesteld')).toBeVisible());
    expect(
      within(section).getByRole('button', { name: 'Authenticator-app instellen' }),
    ).toBeVisible();
  });
});

describe('the step-up dialog', () => {
  it('asks for a fresh factor when any operation needs one, then sends the operation again', async () => {
    const { user, client, requests } = renderApp({
      mocks: [
        meSignedIn(me()),
        { request: { query: REMOVE_TOTP }, result: graphQLError('STEP_UP_REQUIRED') },
        stepUpRoute(false),
        {
          request: { query: STEP_UP, variables: { input: { code: '333444' } } },
          result: { data: { stepUp: { __typename: 'SecondFactors', stepUpFresh: true } } },
        },
        {
          request: { query: REMOVE_TOTP },
          result: { data: { removeTotp: { __typename: 'SecondFactors', totp: false } } },
        },
      ],
      route: '/',
    });
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' });

    const result = client.mutate({ mutation: REMOVE_TOTP });
    const dialog = await screen.findByRole('dialog', { name: 'Bevestig deze handeling' });
    const code = within(dialog).getByLabelText('Code');
    await waitFor(() => expect(code).toHaveFocus());
    await user.type(code, '333444');
    await user.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));

    expect((await result).data).toEqual({
      removeTotp: { __typename: 'SecondFactors', totp: false },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requests.map((r) => r.operationName).filter((n) => n !== 'UnreadNotifications')).toEqual(
      ['Me', 'RemoveTotp', 'StepUpRoute', 'StepUp', 'RemoveTotp'],
    );
  });

  it('sends a single sign-on session to its organisation in a new window, then goes on', async () => {
    const popup = { closed: false };
    const open = vi.spyOn(window, 'open').mockImplementation(() => popup as Window);
    try {
      const { user, client, requests } = renderApp({
        mocks: [
          meSignedIn(me()),
          { request: { query: REMOVE_TOTP }, result: graphQLError('STEP_UP_REQUIRED') },
          stepUpRoute(true),
          stepUpRoute(true, true),
          {
            request: { query: REMOVE_TOTP },
            result: { data: { removeTotp: { __typename: 'SecondFactors', totp: false } } },
          },
        ],
        route: '/',
      });
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' });

      const result = client.mutate({ mutation: REMOVE_TOTP });
      const dialog = await screen.findByRole('dialog', { name: 'Bevestig deze handeling' });
      const button = await within(dialog).findByRole('button', {
        name: 'Opnieuw inloggen bij uw organisatie',
      });
      // No code to type: the organisation signs the person in again.
      expect(within(dialog).queryByLabelText('Code')).toBeNull();
      await user.click(button);
      expect(open).toHaveBeenCalledWith('/auth/sso/step-up', 'schakel-step-up', expect.any(String));
      expect(await within(dialog).findByRole('status')).toHaveTextContent(
        'Log in het nieuwe venster in bij uw organisatie',
      );
      popup.closed = true;

      expect((await result).data).toEqual({
        removeTotp: { __typename: 'SecondFactors', totp: false },
      });
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(
        requests.map((r) => r.operationName).filter((n) => n !== 'UnreadNotifications'),
      ).toEqual(['Me', 'RemoveTotp', 'StepUpRoute', 'StepUpRoute', 'RemoveTotp']);
    } finally {
      open.mockRestore();
    }
  });

  it('says so and keeps the refusal when the organisation did not confirm', async () => {
    const popup = { closed: false };
    const open = vi.spyOn(window, 'open').mockImplementation(() => popup as Window);
    try {
      const { user, client } = renderApp({
        mocks: [
          meSignedIn(me()),
          { request: { query: REMOVE_TOTP }, result: graphQLError('STEP_UP_REQUIRED') },
          stepUpRoute(true),
          stepUpRoute(true, false),
        ],
        route: '/',
      });
      await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' });
      const result = client.mutate({ mutation: REMOVE_TOTP }).catch((error: unknown) => error);
      const dialog = await screen.findByRole('dialog', { name: 'Bevestig deze handeling' });
      await user.click(
        await within(dialog).findByRole('button', { name: 'Opnieuw inloggen bij uw organisatie' }),
      );
      popup.closed = true;
      expect(
        await within(dialog).findByText(
          'Bevestigen bij uw organisatie is niet gelukt. Probeer het opnieuw.',
        ),
      ).toBeVisible();
      await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
      expect(String(await result)).toContain('STEP_UP_REQUIRED');
    } finally {
      open.mockRestore();
    }
  });

  it('leaves the refusal as it was when the user cancels', async () => {
    const { user, client } = renderApp({
      mocks: [
        meSignedIn(me()),
        { request: { query: REMOVE_TOTP }, result: graphQLError('STEP_UP_REQUIRED') },
        stepUpRoute(false),
      ],
      route: '/',
    });
    await screen.findByRole('heading', { level: 1, name: 'Welkom, Fatima El Amrani' });
    const result = client.mutate({ mutation: REMOVE_TOTP }).catch((error: unknown) => error);
    const dialog = await screen.findByRole('dialog', { name: 'Bevestig deze handeling' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(String(await result)).toContain('STEP_UP_REQUIRED');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
