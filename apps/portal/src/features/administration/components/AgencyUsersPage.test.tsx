import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { graphQLError, me, meSignedIn } from '../../../test/sessionFixtures';
import {
  ACCESS_REVIEW_SUMMARY_QUERY,
  AGENCY_USERS_QUERY,
  DISABLE_USER_MUTATION,
  INVITE_USER_MUTATION,
} from '../graphql/agencyUsers';

const admin = me({ roles: ['AGENCY_ADMIN'], agencyType: 'POLICE', agencyName: 'Politie Demo' });

const user = (id: string, displayName: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'ManagedUser' as const,
  id,
  email: `${id}@politie.example`,
  displayName,
  roles: ['MEMBER'],
  active: true,
  activated: true,
  activationExpiresAt: null,
  leftAt: null,
  accessReviewedAt: '2026-12-01T00:00:00.000Z',
  accessReviewDueAt: '2027-06-01T00:00:00.000Z',
  accessReviewDue: false,
  ...extra,
});

const officer = user('agent', 'Wim Wijkagent');
const listed = (users: unknown[]) => ({
  request: { query: AGENCY_USERS_QUERY },
  result: { data: { agencyUsers: users } },
});
const summary = {
  request: { query: ACCESS_REVIEW_SUMMARY_QUERY },
  result: {
    data: {
      accessReviewSummary: { __typename: 'AccessReviewSummary', dueCount: 0, reviewMonths: 6 },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('AgencyUsersPage', () => {
  it("lists the own agency's accounts and disables one", async () => {
    const { user: u, requests } = renderApp({
      mocks: [
        meSignedIn(admin),
        summary,
        listed([user('user-1', 'Fatima El Amrani', { roles: ['AGENCY_ADMIN'] }), officer]),
        {
          request: { query: DISABLE_USER_MUTATION, variables: { userId: 'agent' } },
          result: { data: { disableUser: { ...officer, active: false } } },
        },
      ],
      route: '/beheer/gebruikers',
    });
    const table = await screen.findByRole('table', { name: 'Accounts van uw organisatie' });
    const row = within(table).getByRole('row', { name: /Wim Wijkagent/ });
    expect(within(row).getByText('Actief')).toBeVisible();
    // No button to switch off one's own account.
    expect(screen.queryByRole('button', { name: 'Fatima El Amrani uitschakelen' })).toBeNull();

    await u.click(within(row).getByRole('button', { name: 'Wim Wijkagent uitschakelen' }));

    expect(await within(row).findByText('Uitgeschakeld')).toBeVisible();
    expect(
      within(row).getByRole('button', { name: 'Wim Wijkagent weer inschakelen' }),
    ).toBeVisible();
    expect(requests.find((r) => r.operationName === 'DisableUser')?.variables).toEqual({
      userId: 'agent',
    });
  });

  it('offers only the roles a police agency admin may grant, and invites by e-mail', async () => {
    const invited = user('nieuw', 'Nina Nieuw', {
      activated: false,
      activationExpiresAt: '2026-12-08T10:00:00.000Z',
    });
    const { user: u } = renderApp({
      mocks: [
        meSignedIn(admin),
        summary,
        listed([officer]),
        {
          request: {
            query: INVITE_USER_MUTATION,
            variables: {
              input: {
                displayName: 'Nina Nieuw',
                email: 'nieuw@politie.example',
                roles: ['MEMBER'],
              },
            },
          },
          result: {
            data: {
              inviteUser: {
                __typename: 'Invitation',
                mailed: true,
                signsInWithSso: false,
                activationLink: null,
                user: invited,
              },
            },
          },
        },
        listed([officer, invited]),
      ],
      route: '/beheer/gebruikers',
    });
    const roles = await screen.findByRole('group', { name: 'Rollen' });
    expect(
      within(roles)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('id') && c.nextSibling?.textContent),
    ).toEqual(['Professional', 'Beheerder organisatie', 'Privacycontactpersoon']);

    await u.type(screen.getByLabelText('Naam'), 'Nina Nieuw');
    await u.type(screen.getByLabelText('E-mailadres'), 'nieuw@politie.example');
    await u.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(
      await screen.findByText('De uitnodiging is per e-mail naar nieuw@politie.example verstuurd.'),
    ).toBeVisible();
    expect(await screen.findByRole('row', { name: /Nina Nieuw/ })).toHaveTextContent('Uitgenodigd');
  });

  it('says why an address cannot be invited', async () => {
    const { user: u } = renderApp({
      mocks: [
        meSignedIn(admin),
        summary,
        listed([officer]),
        {
          request: { query: INVITE_USER_MUTATION, variables: () => true },
          result: graphQLError('CONFLICT', 'email'),
        },
      ],
      route: '/beheer/gebruikers',
    });
    await u.type(await screen.findByLabelText('Naam'), 'Wim Nogmaals');
    await u.type(screen.getByLabelText('E-mailadres'), 'agent@politie.example');
    await u.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(await screen.findByLabelText('E-mailadres')).toHaveAccessibleDescription(
      'Dit e-mailadres heeft al een account.',
    );
  });

  it("tells the admin when an invitee signs in via the own organisation, and refuses another organisation's domain", async () => {
    const sso = user('sso', 'Sam Sso', { email: 'sam@politie.nl' });
    const { user: u } = renderApp({
      mocks: [
        meSignedIn(admin),
        summary,
        listed([officer]),
        {
          request: { query: INVITE_USER_MUTATION, variables: () => true },
          result: graphQLError('FORBIDDEN', 'email'),
        },
        {
          request: { query: INVITE_USER_MUTATION, variables: () => true },
          result: {
            data: {
              inviteUser: {
                __typename: 'Invitation',
                mailed: true,
                signsInWithSso: true,
                activationLink: null,
                user: sso,
              },
            },
          },
        },
        listed([officer, sso]),
      ],
      route: '/beheer/gebruikers',
    });
    await u.type(await screen.findByLabelText('Naam'), 'Sam Sso');
    await u.type(screen.getByLabelText('E-mailadres'), 'sam@gemeente.nl');
    await u.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(await screen.findByLabelText('E-mailadres')).toHaveAccessibleDescription(
      'Dit e-mailadres logt in bij een andere organisatie. Laat de beheerder van die organisatie de uitnodiging versturen.',
    );

    await u.clear(screen.getByLabelText('E-mailadres'));
    await u.type(screen.getByLabelText('E-mailadres'), 'sam@politie.nl');
    await u.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    expect(
      await screen.findByText(
        'De uitnodiging is naar sam@politie.nl verstuurd. Uw collega logt in via de eigen organisatie (single sign-on) en heeft geen apart wachtwoord nodig.',
      ),
    ).toBeVisible();
  });

  it('is not offered to a professional', async () => {
    renderApp({ mocks: [meSignedIn(me({ roles: ['MEMBER'] }))], route: '/beheer/gebruikers' });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Gebruikers');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
