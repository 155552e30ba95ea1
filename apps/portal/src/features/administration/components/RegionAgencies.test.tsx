import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { graphQLError, me, meSignedIn } from '../../../test/sessionFixtures';
import {
  COVENANT_VERSION_CHOICES_QUERY,
  CREATE_REGION_AGENCY_MUTATION,
  INVITE_AGENCY_ADMIN_MUTATION,
  RECORD_COVENANT_SIGNATURE_MUTATION,
  REGION_AGENCIES_QUERY,
  UPDATE_REGION_AGENCY_MUTATION,
} from '../graphql/regionAgencies';

const functionalAdmin = me({
  roles: ['FUNCTIONAL_ADMIN'],
  agencyType: 'ZVH',
  agencyName: 'ZVH Kustland',
  regionName: 'Kustland',
});

const agency = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'RegionAgency' as const,
  id,
  name,
  type: 'POLICE',
  contactName: null,
  contactEmail: null,
  contactPhone: null,
  covenantSignedVersion: null,
  covenantSignedOn: null,
  currentCovenantVersion: 2,
  covenantStatus: 'NOT_SIGNED',
  accessUntil: null,
  activeUsers: 0,
  agencyAdmins: [],
  agencyAdminAccounts: [],
  settingsVersion: 1,
  ...extra,
});

const zvh = agency('zvh', 'ZVH Kustland', {
  type: 'ZVH',
  covenantStatus: 'SIGNED_CURRENT',
  covenantSignedVersion: 2,
  covenantSignedOn: '2026-11-02',
  activeUsers: 3,
  agencyAdmins: ['beheer@zvh.example'],
  agencyAdminAccounts: [
    {
      __typename: 'RegionAgencyAdmin',
      displayName: 'Fenna Beheer',
      email: 'beheer@zvh.example',
      activated: true,
    },
  ],
});
const ggz = agency('ggz', 'GGZ Kust', {
  type: 'CARE',
  covenantStatus: 'IN_GRACE',
  accessUntil: '2027-01-04',
  covenantSignedVersion: 1,
  covenantSignedOn: '2025-05-01',
  activeUsers: 12,
});
const housing = agency('woonstad', 'Woonstad Kust', {
  type: 'HOUSING',
  covenantSignedVersion: 1,
  covenantSignedOn: '2025-05-01',
});
const police = agency('politie', 'Politie Kustland', {
  contactName: 'Servicedesk',
  contactEmail: 'servicedesk@politie.example',
});

const listed = (agencies: unknown[]) => ({
  request: { query: REGION_AGENCIES_QUERY },
  result: { data: { regionAgencies: agencies } },
});
const versions = {
  request: { query: COVENANT_VERSION_CHOICES_QUERY },
  result: {
    data: {
      covenantVersions: [
        {
          __typename: 'CovenantVersionSummary',
          version: 2,
          createdAt: '2026-10-01T10:00:00.000Z',
          approvedAt: '2026-10-03T10:00:00.000Z',
        },
        {
          __typename: 'CovenantVersionSummary',
          version: 1,
          createdAt: '2025-01-01T10:00:00.000Z',
          approvedAt: null,
        },
      ],
    },
  },
};

describe('RegionAgenciesPage', () => {
  it("lists the region's agencies with where each stands with the covenant", async () => {
    renderApp({
      mocks: [meSignedIn(functionalAdmin), listed([ggz, zvh, housing])],
      route: '/beheer/organisaties',
    });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Organisaties');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).getByRole('link', { name: 'Organisaties' })).toHaveAttribute(
      'href',
      '/beheer/organisaties',
    );
    expect(within(nav).getByRole('link', { name: 'Single sign-on' })).toHaveAttribute(
      'href',
      '/beheer/single-sign-on',
    );
    const table = await screen.findByRole('table', { name: 'Organisaties van de regio' });
    const rowOf = (name: RegExp) => within(table).getByRole('row', { name });
    expect(
      within(rowOf(/ZVH Kustland/))
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Zorg- en Veiligheidshuis', 'Huidige versie 2 ondertekend', '3', 'Fenna Beheer']);
    expect(
      within(rowOf(/GGZ Kust/)).getByText(
        'Eerdere versie 1 ondertekend, toegang tot 4 januari 2027',
      ),
    ).toBeVisible();
    expect(
      within(rowOf(/Woonstad Kust/)).getByText('Eerdere versie 1 ondertekend, geen toegang'),
    ).toBeVisible();
    expect(within(rowOf(/GGZ Kust/)).getByText('Nog geen')).toBeVisible();
    expect(within(rowOf(/GGZ Kust/)).getByRole('link', { name: 'GGZ Kust' })).toHaveAttribute(
      'href',
      '/beheer/organisaties/ggz',
    );
  });

  it('adds an agency: translated errors at the fields first, then the new agency in the list', async () => {
    const created = agency('nieuw', 'Politie Kustland', {
      contactEmail: 'servicedesk@politie.example',
    });
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(functionalAdmin),
        listed([zvh]),
        {
          request: {
            query: CREATE_REGION_AGENCY_MUTATION,
            variables: {
              input: {
                name: 'Politie Kustland',
                type: 'POLICE',
                contactName: null,
                contactEmail: 'servicedesk@politie.example',
                contactPhone: null,
              },
            },
          },
          result: { data: { createRegionAgency: created } },
        },
        listed([zvh, created]),
      ],
      route: '/beheer/organisaties',
    });
    const add = await screen.findByRole('button', { name: 'Organisatie toevoegen' });
    await user.click(add);
    const name = screen.getByLabelText('Naam');
    expect(name).toHaveFocus();

    await user.type(screen.getByLabelText('Contact e-mailadres'), 'geen adres');
    await user.click(screen.getByRole('button', { name: 'Organisatie opslaan' }));
    expect(name).toHaveAccessibleDescription('Vul de naam van de organisatie in.');
    expect(name).toHaveFocus();
    expect(screen.getByLabelText('Soort organisatie')).toHaveAccessibleDescription(
      'Kies de soort organisatie.',
    );
    expect(screen.getByLabelText('Contact e-mailadres')).toHaveAccessibleDescription(
      'Vul een geldig e-mailadres in, zoals servicedesk@organisatie.nl.',
    );
    expect(requests.some((r) => r.operationName === 'CreateRegionAgency')).toBe(false);

    await user.type(name, 'Politie Kustland');
    await user.selectOptions(screen.getByLabelText('Soort organisatie'), 'Politie');
    await user.clear(screen.getByLabelText('Contact e-mailadres'));
    await user.type(screen.getByLabelText('Contact e-mailadres'), 'servicedesk@politie.example');
    await user.click(screen.getByRole('button', { name: 'Organisatie opslaan' }));

    expect(await screen.findByText('Politie Kustland is toegevoegd.')).toBeVisible();
    expect(await screen.findByRole('row', { name: /Politie Kustland/ })).toHaveTextContent(
      'Niet ondertekend, geen toegang',
    );
    // The form closed; the focus is back on the button that opened it.
    expect(screen.queryByLabelText('Soort organisatie')).toBeNull();
    const reopen = await screen.findByRole('button', { name: 'Organisatie toevoegen' });
    await waitFor(() => expect(reopen).toHaveFocus());
  });

  it('says at the field when the region already has an agency of that name', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(functionalAdmin),
        listed([zvh]),
        {
          request: { query: CREATE_REGION_AGENCY_MUTATION, variables: () => true },
          result: graphQLError('CONFLICT', 'name'),
        },
      ],
      route: '/beheer/organisaties',
    });
    await user.click(await screen.findByRole('button', { name: 'Organisatie toevoegen' }));
    await user.type(screen.getByLabelText('Naam'), 'ZVH Kustland');
    await user.selectOptions(screen.getByLabelText('Soort organisatie'), 'Politie');
    await user.click(screen.getByRole('button', { name: 'Organisatie opslaan' }));
    expect(await screen.findByLabelText('Naam')).toHaveAccessibleDescription(
      'De regio heeft al een organisatie met deze naam.',
    );
  });

  it('is not offered to an agency admin', async () => {
    renderApp({
      mocks: [meSignedIn(me({ roles: ['AGENCY_ADMIN'] }))],
      route: '/beheer/organisaties',
    });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Organisaties');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(within(nav).queryByRole('link', { name: 'Organisaties' })).toBeNull();
    // The agency admin switches just-in-time provisioning there.
    expect(within(nav).getByRole('link', { name: 'Single sign-on' })).toBeVisible();
  });
});

describe('RegionAgencyPage', () => {
  it('shows the agency, and after a colleague saved first shows what is saved and edits on from it', async () => {
    const theirs = { ...police, contactPhone: '0900 1234', settingsVersion: 2 };
    const mine = { ...police, name: 'Politie Basisteam Kustland', settingsVersion: 3 };
    const input = (expectedSettingsVersion: number) => ({
      input: {
        name: 'Politie Basisteam Kustland',
        type: 'POLICE',
        contactName: 'Servicedesk',
        contactEmail: 'servicedesk@politie.example',
        contactPhone: null,
        agencyId: 'politie',
        expectedSettingsVersion,
      },
    });
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(functionalAdmin),
        listed([zvh, police]),
        versions,
        {
          request: { query: UPDATE_REGION_AGENCY_MUTATION, variables: input(1) },
          result: graphQLError('EDIT_CONFLICT'),
        },
        listed([zvh, theirs]),
        {
          request: { query: UPDATE_REGION_AGENCY_MUTATION, variables: input(2) },
          result: { data: { updateRegionAgency: mine } },
        },
        listed([zvh, mine]),
      ],
      route: '/beheer/organisaties/politie',
    });
    // While the list loads the page is headed "Organisaties"; then by the agency's name.
    await screen.findByRole('heading', { level: 1, name: 'Politie Kustland' });
    const settings = screen.getByRole('region', { name: 'Gegevens' });
    const name = within(settings).getByLabelText('Naam');
    expect(name).toHaveValue('Politie Kustland');
    expect(within(settings).getByLabelText('Contact e-mailadres')).toHaveValue(
      'servicedesk@politie.example',
    );
    await user.clear(name);
    await user.type(name, 'Politie Basisteam Kustland');
    await user.click(within(settings).getByRole('button', { name: 'Wijzigingen opslaan' }));

    const alert = await within(settings).findByRole('alert');
    expect(alert).toHaveTextContent(
      'Nu opgeslagen: Politie Kustland, Politie, Servicedesk, servicedesk@politie.example, 0900 1234.',
    );
    // What was typed stays; saving again now is a conscious choice over the colleague's version.
    expect(name).toHaveValue('Politie Basisteam Kustland');
    await user.click(within(settings).getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await within(settings).findByText('De wijzigingen zijn opgeslagen.')).toBeVisible();
    expect(
      requests
        .filter((r) => r.operationName === 'UpdateRegionAgency')
        .map(
          (r) => (r.variables.input as { expectedSettingsVersion: number }).expectedSettingsVersion,
        ),
    ).toEqual([1, 2]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Politie Basisteam Kustland' }),
    ).toBeVisible();
  });

  it('records the covenant version signed and says so', async () => {
    const signed = {
      ...police,
      covenantStatus: 'SIGNED_CURRENT',
      covenantSignedVersion: 2,
      covenantSignedOn: '2026-12-01',
    };
    const { user } = renderApp({
      mocks: [
        meSignedIn(functionalAdmin),
        listed([police]),
        versions,
        {
          request: {
            query: RECORD_COVENANT_SIGNATURE_MUTATION,
            variables: { input: { agencyId: 'politie', version: 2, signedOn: '2026-12-01' } },
          },
          result: { data: { recordCovenantSignature: signed } },
        },
        listed([signed]),
      ],
      route: '/beheer/organisaties/politie',
    });
    const covenant = await screen.findByRole('region', { name: 'Convenant' });
    expect(covenant).toHaveTextContent('Stand: Niet ondertekend, geen toegang');
    const version = within(covenant).getByLabelText('Ondertekende convenantversie');
    await user.click(within(covenant).getByRole('button', { name: 'Ondertekening vastleggen' }));
    expect(version).toHaveAccessibleDescription('Kies de versie die de organisatie ondertekende.');

    await within(covenant).findByRole('option', { name: 'Versie 2 (vastgesteld 3 oktober 2026)' });
    await user.selectOptions(version, 'Versie 2 (vastgesteld 3 oktober 2026)');
    const date = within(covenant).getByLabelText('Datum ondertekening');
    await user.clear(date);
    await user.type(date, '2026-12-01');
    await user.click(within(covenant).getByRole('button', { name: 'Ondertekening vastleggen' }));

    expect(await within(covenant).findByRole('status')).toHaveTextContent(
      'Vastgelegd: Politie Kustland heeft versie 2 ondertekend op 1 december 2026.',
    );
    expect(await within(covenant).findByText(/Huidige versie 2 ondertekend/)).toHaveTextContent(
      'Huidige versie 2 ondertekend, op 1 december 2026',
    );
  });

  it("invites the agency's admin and lists the admin as invited", async () => {
    const withAdmin = {
      ...police,
      agencyAdmins: ['a.beheer@politie.example'],
      agencyAdminAccounts: [
        {
          __typename: 'RegionAgencyAdmin',
          displayName: 'Anouk Beheer',
          email: 'a.beheer@politie.example',
          activated: false,
        },
      ],
    };
    const { user } = renderApp({
      mocks: [
        meSignedIn(functionalAdmin),
        listed([police]),
        versions,
        {
          request: {
            query: INVITE_AGENCY_ADMIN_MUTATION,
            variables: {
              input: {
                agencyId: 'politie',
                displayName: 'Anouk Beheer',
                email: 'a.beheer@politie.example',
              },
            },
          },
          result: {
            data: {
              inviteAgencyAdmin: {
                __typename: 'Invitation',
                mailed: true,
                activationLink: null,
                user: {
                  __typename: 'ManagedUser',
                  id: 'anouk',
                  email: 'a.beheer@politie.example',
                },
              },
            },
          },
        },
        listed([withAdmin]),
      ],
      route: '/beheer/organisaties/politie',
    });
    const admins = await screen.findByRole('region', { name: 'Beheerders van de organisatie' });
    expect(admins).toHaveTextContent('Deze organisatie heeft nog geen beheerder.');
    const invite = within(admins).getByRole('region', { name: 'Beheerder uitnodigen' });
    await user.type(within(invite).getByLabelText('Naam'), 'Anouk Beheer');
    await user.type(within(invite).getByLabelText('E-mailadres'), 'a.beheer@politie.example');
    await user.click(within(invite).getByRole('button', { name: 'Uitnodiging versturen' }));

    expect(await within(invite).findByRole('status')).toHaveTextContent(
      'De uitnodiging is per e-mail naar a.beheer@politie.example verstuurd.',
    );
    expect(
      await within(admins).findByText('Anouk Beheer (a.beheer@politie.example), uitgenodigd'),
    ).toBeVisible();
  });

  it('says when the agency is not one of the region', async () => {
    renderApp({
      mocks: [meSignedIn(functionalAdmin), listed([zvh])],
      route: '/beheer/organisaties/onbekend',
    });
    expect(await screen.findByText('Deze organisatie bestaat niet in uw regio.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Terug naar organisaties' })).toHaveAttribute(
      'href',
      '/beheer/organisaties',
    );
  });
});
