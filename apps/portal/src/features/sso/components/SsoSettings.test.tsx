import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSignedIn } from '../../../test/renderSignedIn';
import { graphQLError, me } from '../../../test/sessionFixtures';
import { AGENCIES_QUERY } from '../../cases/graphql/agenciesQuery';
import {
  AGENCY_SSO_QUERY,
  CONFIGURE_AGENCY_SSO_MUTATION,
  OWN_AGENCY_SSO_QUERY,
  SET_AGENCY_JIT_MUTATION,
} from '../graphql/ssoSettingsQueries';
import { SsoJitSwitch } from './SsoJitSwitch';
import { SsoSettingsOverview } from './SsoSettingsOverview';

const POLICE = {
  __typename: 'Agency',
  id: 'agency-police',
  name: 'Politie Midden',
  type: 'POLICE',
};
const agencies = {
  request: { query: AGENCIES_QUERY },
  result: { data: { agencies: [POLICE] } },
};
const noBinding = {
  request: { query: AGENCY_SSO_QUERY, variables: { agencyId: POLICE.id } },
  result: { data: { agencySso: null } },
};
const binding = (jit = false) => ({
  __typename: 'AgencySsoModel',
  agencyId: POLICE.id,
  issuer: 'https://login.politie.example',
  clientId: 'schakel',
  clientAuth: 'CLIENT_SECRET_BASIC',
  hasClientSecret: true,
  emailDomains: ['politie.example'],
  jitProvisioning: jit,
  redirectUri: 'https://schakel.example/auth/sso/callback',
});
const input = {
  agencyId: POLICE.id,
  issuer: 'https://login.politie.example',
  clientId: 'schakel',
  clientAuth: 'CLIENT_SECRET_BASIC',
  clientSecret: 'geheim-123',
  emailDomains: ['politie.example'],
};
const admin = me({ roles: ['FUNCTIONAL_ADMIN'], agencyType: 'ZVH' });

type User = ReturnType<typeof renderSignedIn>['user'];

/** Pastes rather than types: the same change events, without a keystroke per character. */
async function enter(user: User, field: HTMLElement, value: string) {
  await user.click(field);
  await user.paste(value);
}

async function fillIn(user: User) {
  await screen.findByRole('option', { name: POLICE.name });
  await user.selectOptions(screen.getByLabelText('Organisatie'), POLICE.id);
  await enter(
    user,
    await screen.findByLabelText('Issuer (adres van de inlogdienst)'),
    input.issuer,
  );
  await enter(user, screen.getByLabelText('Client-ID'), input.clientId);
  await enter(user, screen.getByLabelText('Clientgeheim'), input.clientSecret);
  await enter(user, screen.getByLabelText('E-maildomeinen (één per regel)'), 'Politie.example');
}

describe('the SSO binding form (functional administrator)', () => {
  it('saves a binding, sends the secret once and never shows it again', async () => {
    const { user } = renderSignedIn(
      <SsoSettingsOverview />,
      [
        agencies,
        noBinding,
        {
          request: { query: CONFIGURE_AGENCY_SSO_MUTATION, variables: { input } },
          result: { data: { configureAgencySso: binding() } },
        },
        {
          request: { query: AGENCY_SSO_QUERY, variables: { agencyId: POLICE.id } },
          result: { data: { agencySso: binding() } },
        },
      ],
      { session: admin },
    );

    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Koppeling opslaan' }));

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('De koppeling is opgeslagen'),
    );
    expect(screen.getByLabelText('Clientgeheim')).toHaveValue('');
  });

  it('lists what is missing without asking the API, and focuses the first field', async () => {
    const { user } = renderSignedIn(<SsoSettingsOverview />, [agencies, noBinding], {
      session: admin,
    });
    await screen.findByRole('option', { name: POLICE.name });
    await user.selectOptions(screen.getByLabelText('Organisatie'), POLICE.id);
    await enter(
      user,
      await screen.findByLabelText('Issuer (adres van de inlogdienst)'),
      'http://login.politie.example',
    );
    await user.click(screen.getByRole('button', { name: 'Koppeling opslaan' }));

    expect(screen.getByLabelText('Issuer (adres van de inlogdienst)')).toHaveFocus();
    const summary = screen.getByText('De koppeling is niet opgeslagen.').closest('div')!;
    expect(within(summary).getAllByRole('link')).toHaveLength(4);
  });

  it("explains the API's refusal when the provider does not answer", async () => {
    const { user } = renderSignedIn(
      <SsoSettingsOverview />,
      [
        agencies,
        noBinding,
        {
          request: { query: CONFIGURE_AGENCY_SSO_MUTATION, variables: { input } },
          result: graphQLError('SSO_ISSUER_UNREACHABLE', 'issuer'),
        },
      ],
      { session: admin },
    );
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Koppeling opslaan' }));

    expect(await screen.findByText(/De inlogdienst op dit adres antwoordt niet/)).toBeVisible();
    expect(screen.getByLabelText('Clientgeheim')).toHaveValue(input.clientSecret);
  });
});

describe('the JIT switch (agency admin)', () => {
  it('turns just-in-time provisioning on for the own agency', async () => {
    const { user } = renderSignedIn(
      <SsoJitSwitch />,
      [
        { request: { query: OWN_AGENCY_SSO_QUERY }, result: { data: { ownAgencySso: binding() } } },
        {
          request: { query: SET_AGENCY_JIT_MUTATION, variables: { enabled: true } },
          result: {
            data: {
              setAgencyJitProvisioning: {
                __typename: 'AgencySsoModel',
                agencyId: POLICE.id,
                jitProvisioning: true,
              },
            },
          },
        },
        {
          request: { query: OWN_AGENCY_SSO_QUERY },
          result: { data: { ownAgencySso: binding(true) } },
        },
      ],
      { session: me({ roles: ['AGENCY_ADMIN'] }) },
    );

    const toggle = await screen.findByLabelText('Accounts automatisch aanmaken');
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(await screen.findByText('Opgeslagen.')).toBeVisible();
    await waitFor(() =>
      expect(screen.getByLabelText('Accounts automatisch aanmaken')).toBeChecked(),
    );
  });

  it('says so when the agency has no provider of its own', async () => {
    renderSignedIn(
      <SsoJitSwitch />,
      [{ request: { query: OWN_AGENCY_SSO_QUERY }, result: { data: { ownAgencySso: null } } }],
      { session: me({ roles: ['AGENCY_ADMIN'] }) },
    );
    expect(await screen.findByText(/niet gekoppeld aan een eigen inlogdienst/)).toBeVisible();
  });
});
