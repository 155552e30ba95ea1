import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { graphQLError, me, meSignedIn } from '../../../test/sessionFixtures';
import {
  ACCESS_REVIEW_SUMMARY_QUERY,
  AGENCY_USERS_QUERY,
  CONFIRM_USER_ACCESS_MUTATION,
  DISABLE_USER_MUTATION,
  MOVE_USER_OUT_MUTATION,
  SET_USER_ROLES_MUTATION,
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
  accessReviewedAt: '2026-05-01T00:00:00.000Z',
  accessReviewDueAt: '2026-11-01T00:00:00.000Z',
  accessReviewDue: false,
  ...extra,
});

const self = user('user-1', 'Fatima El Amrani', { roles: ['AGENCY_ADMIN'] });
const officer = user('agent', 'Wim Wijkagent', { accessReviewDue: true });
const colleague = user('collega', 'Cor Collega');

const summary = (dueCount: number) => ({
  request: { query: ACCESS_REVIEW_SUMMARY_QUERY },
  result: {
    data: {
      accessReviewSummary: { __typename: 'AccessReviewSummary', dueCount, reviewMonths: 6 },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
});
const listed = (users: unknown[]) => ({
  request: { query: AGENCY_USERS_QUERY },
  result: { data: { agencyUsers: users } },
});

function renderUsersPage(extra: Parameters<typeof renderApp>[0]['mocks'] = []) {
  return renderApp({
    mocks: [meSignedIn(admin), summary(1), listed([self, officer, colleague]), ...extra],
    route: '/beheer/gebruikers',
  });
}

describe('the access review', () => {
  it('asks per account due, and "Ja, nog nodig" confirms it and says when the next review is', async () => {
    const { user: u, requests } = renderUsersPage([
      {
        request: { query: CONFIRM_USER_ACCESS_MUTATION, variables: { userId: 'agent' } },
        result: {
          data: {
            confirmUserAccess: {
              ...officer,
              accessReviewedAt: '2026-12-05T08:00:00.000Z',
              accessReviewDueAt: '2027-06-05T08:00:00.000Z',
              accessReviewDue: false,
            },
          },
        },
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Toegangscontrole' });
    expect(section).toHaveTextContent('Elke 6 maanden bevestigt u');
    expect(section).toHaveTextContent('1 account wacht op beoordeling.');
    const card = within(section).getByRole('listitem');
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent('Wim Wijkagent');
    expect(card).toHaveTextContent('Laatst beoordeeld op 1 mei 2026');
    const yes = within(card).getByRole('button', { name: 'Ja, nog nodig' });
    expect(yes).toHaveAccessibleDescription('Heeft Wim Wijkagent nog toegang nodig?');
    // The table marks the account too.
    const row = screen.getByRole('row', { name: /Wim Wijkagent/ });
    expect(within(row).getByText('Beoordeling nodig')).toBeVisible();

    await u.click(yes);

    const status = await within(section).findByText(
      'Toegang van Wim Wijkagent bevestigd. De volgende beoordeling is op 5 juni 2027.',
    );
    expect(status).toBeVisible();
    expect(within(section).queryByRole('listitem')).toBeNull();
    expect(section).toHaveTextContent('Er wachten geen accounts op beoordeling.');
    expect(within(row).queryByText('Beoordeling nodig')).toBeNull();
    expect(requests.filter((r) => r.operationName === 'ConfirmUserAccess')).toHaveLength(1);
  });

  it('"Nee, niet meer nodig" asks first, then disables the account', async () => {
    const { user: u, requests } = renderUsersPage([
      {
        request: { query: DISABLE_USER_MUTATION, variables: { userId: 'agent' } },
        result: {
          data: { disableUser: { ...officer, active: false, accessReviewDue: false } },
        },
      },
    ]);
    const section = await screen.findByRole('region', { name: 'Toegangscontrole' });
    const card = within(section).getByRole('listitem');
    await u.click(within(card).getByRole('button', { name: 'Nee, niet meer nodig' }));
    expect(card).toHaveTextContent('Het account van Wim Wijkagent wordt uitgeschakeld');
    expect(requests.some((r) => r.operationName === 'DisableUser')).toBe(false);

    // Changed one's mind: nothing happens.
    await u.click(within(card).getByRole('button', { name: 'Annuleren' }));
    expect(within(card).getByRole('button', { name: 'Ja, nog nodig' })).toBeVisible();

    await u.click(within(card).getByRole('button', { name: 'Nee, niet meer nodig' }));
    await u.click(within(card).getByRole('button', { name: 'Wim Wijkagent uitschakelen' }));
    expect(
      await within(section).findByText('Het account van Wim Wijkagent is uitgeschakeld.'),
    ).toBeVisible();
    expect(requests.filter((r) => r.operationName === 'DisableUser')).toHaveLength(1);
    expect(
      within(screen.getByRole('row', { name: /Wim Wijkagent/ })).getByText('Uitgeschakeld'),
    ).toBeVisible();
  });

  it("shows the due count on the agency admin's home, linking to the review", async () => {
    renderApp({ mocks: [meSignedIn(admin), summary(3)] });
    const link = await screen.findByRole('link', {
      name: '3 accounts wachten op toegangscontrole',
    });
    expect(link).toHaveAttribute('href', '/beheer/gebruikers#toegangscontrole');
  });
});

describe('managing one colleague', () => {
  it('opens on demand, changes roles within what the police admin may grant after a confirmation', async () => {
    const { user: u, requests } = renderUsersPage([
      {
        request: {
          query: SET_USER_ROLES_MUTATION,
          variables: { input: { userId: 'collega', roles: ['MEMBER', 'PRIVACY_CONTACT'] } },
        },
        result: {
          data: { setUserRoles: { ...colleague, roles: ['MEMBER', 'PRIVACY_CONTACT'] } },
        },
      },
    ]);
    const open = await screen.findByRole('button', { name: 'Cor Collega beheren' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Rollen van Cor Collega' })).toBeNull();

    await u.click(open);

    expect(open).toHaveAttribute('aria-expanded', 'true');
    const heading = screen.getByRole('heading', { level: 2, name: 'Cor Collega beheren' });
    expect(heading).toHaveFocus();
    const roles = screen.getByRole('group', { name: 'Rollen van Cor Collega' });
    expect(
      within(roles)
        .getAllByRole('checkbox')
        .map((c) => c.nextSibling?.textContent),
    ).toEqual(['Professional', 'Beheerder organisatie', 'Privacycontactpersoon']);
    await u.click(within(roles).getByLabelText('Privacycontactpersoon'));
    await u.click(screen.getByRole('button', { name: 'Rollen wijzigen' }));
    expect(
      screen.getByText('Rollen van Cor Collega wijzigen in: Professional, Privacycontactpersoon?'),
    ).toBeVisible();
    expect(requests.some((r) => r.operationName === 'SetUserRoles')).toBe(false);
    await u.click(screen.getByRole('button', { name: 'Ja, rollen wijzigen' }));

    expect(
      await screen.findByText(
        'De rollen van Cor Collega zijn gewijzigd in: Professional, Privacycontactpersoon.',
      ),
    ).toBeVisible();
    expect(
      within(screen.getByRole('row', { name: /Cor Collega/ })).getByText(
        'Professional, Privacycontactpersoon',
      ),
    ).toBeVisible();

    await u.click(screen.getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('heading', { name: 'Cor Collega beheren' })).toBeNull();
    expect(open).toHaveFocus();
  });

  it('does not let the admin take away the own admin role or move out oneself', async () => {
    const { user: u } = renderUsersPage();
    await u.click(await screen.findByRole('button', { name: 'Fatima El Amrani beheren' }));
    const roles = screen.getByRole('group', { name: 'Rollen van Fatima El Amrani' });
    expect(within(roles).getByLabelText('Beheerder organisatie')).toBeDisabled();
    expect(roles).toHaveTextContent(
      'Je eigen beheerdersrol kan alleen een andere beheerder afnemen.',
    );
    expect(screen.queryByRole('heading', { name: 'Uit dienst' })).toBeNull();
  });

  it('moves a person out: asks who takes over, confirms, and shows what was handed over', async () => {
    const { user: u, requests } = renderUsersPage([
      {
        request: {
          query: MOVE_USER_OUT_MUTATION,
          variables: { input: { userId: 'agent', handOverToUserId: 'collega' } },
        },
        result: {
          data: {
            moveUserOut: {
              __typename: 'HandOver',
              cases: 2,
              actions: 5,
              meetings: 0,
              adoptedActions: 1,
              user: { ...officer, active: false, leftAt: '2026-12-05T08:00:00.000Z' },
            },
          },
        },
      },
    ]);
    await u.click(await screen.findByRole('button', { name: 'Wim Wijkagent beheren' }));
    const submit = screen.getByRole('button', { name: 'Wim Wijkagent uit dienst melden' });
    await u.click(submit);
    const select = screen.getByRole('combobox', { name: 'Wie neemt het werk over?' });
    expect(select).toHaveAccessibleDescription('Kies wie het werk overneemt.');
    // Only active colleagues, never the leaver.
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Kies een collega',
      'Fatima El Amrani (user-1@politie.example)',
      'Cor Collega (collega@politie.example)',
    ]);

    await u.selectOptions(select, 'collega');
    await u.click(submit);
    expect(
      screen.getByText(
        'Wim Wijkagent gaat uit dienst. Het lopende werk gaat naar Cor Collega en het account van Wim Wijkagent wordt uitgeschakeld. Doorgaan?',
      ),
    ).toBeVisible();
    expect(requests.some((r) => r.operationName === 'MoveUserOut')).toBe(false);
    await u.click(screen.getByRole('button', { name: 'Ja, uit dienst melden' }));

    const done = await screen.findByText(
      'Wim Wijkagent is uit dienst gemeld. Overgedragen aan Cor Collega:',
    );
    const status = done.closest('[role="status"]') as HTMLElement;
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Casussen als casusregisseur: 2',
      'Acties in conceptplannen: 5',
      'Overleggen als voorzitter: 0',
    ]);
    expect(status).toHaveTextContent(
      'Acties in vastgestelde plannen die Wim Wijkagent nog noemen: 1.',
    );
    expect(
      within(screen.getByRole('row', { name: /Wim Wijkagent/ })).getByText('Uit dienst'),
    ).toBeVisible();
  });

  it('says when the successor must be a procesregisseur (the person chairs meetings)', async () => {
    const { user: u } = renderUsersPage([
      {
        request: { query: MOVE_USER_OUT_MUTATION, variables: () => true },
        result: graphQLError('CONFLICT', 'handOverToUserId'),
      },
    ]);
    await u.click(await screen.findByRole('button', { name: 'Wim Wijkagent beheren' }));
    await u.selectOptions(
      screen.getByRole('combobox', { name: 'Wie neemt het werk over?' }),
      'collega',
    );
    await u.click(screen.getByRole('button', { name: 'Wim Wijkagent uit dienst melden' }));
    await u.click(screen.getByRole('button', { name: 'Ja, uit dienst melden' }));
    expect(
      await screen.findByRole('combobox', { name: 'Wie neemt het werk over?' }),
    ).toHaveAccessibleDescription(
      'Wim Wijkagent zit overleggen voor. Kies een collega met de rol procesregisseur.',
    );
  });
});
