import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { graphQLError, me, meSignedIn } from '../../../test/sessionFixtures';
import {
  REGIONAL_SETTINGS_QUERY,
  UPDATE_REGIONAL_SETTINGS_MUTATION,
} from '../graphql/regionalSettings';

const SETTINGS = {
  __typename: 'RegionalSettings' as const,
  name: 'Zorg- en Veiligheidshuis Utrecht',
  contactEmail: null,
  contactPhone: null,
  accessReviewMonths: 6,
  covenantGraceDays: 30,
  closingGraceDays: 30,
  wgsContactEmail: null,
  wgsContactPhone: null,
  wgsContactAddress: null,
  volunteerGoalMin: 65,
  volunteerGoalMax: 100,
  version: 4,
};

const loaded = (settings = SETTINGS): MockLink.MockedResponse => ({
  request: { query: REGIONAL_SETTINGS_QUERY },
  result: { data: { regionalSettings: settings } },
});

const input = {
  name: 'Zorg- en Veiligheidshuis Utrecht',
  contactEmail: 'desk@zvh.example',
  contactPhone: null,
  accessReviewMonths: 3,
  covenantGraceDays: 30,
  closingGraceDays: 30,
  wgsContactEmail: null,
  wgsContactPhone: null,
  wgsContactAddress: null,
  volunteerGoalMin: 65,
  volunteerGoalMax: 100,
  expectedVersion: 4,
};

const admin = () => meSignedIn(me({ roles: ['FUNCTIONAL_ADMIN'], agencyType: 'ZVH' }));

describe('RegionSettingsForm (/beheer/instellingen)', () => {
  it('shows the settings, saves a change with the version it was based on and confirms it', async () => {
    const { user, requests } = renderApp({
      mocks: [
        admin(),
        loaded(),
        {
          request: { query: UPDATE_REGIONAL_SETTINGS_MUTATION, variables: { input } },
          result: {
            data: {
              updateRegionalSettings: {
                ...SETTINGS,
                contactEmail: 'desk@zvh.example',
                accessReviewMonths: 3,
                version: 5,
              },
            },
          },
        },
      ],
      route: '/beheer/instellingen',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Instellingen van de regio' }),
    ).toBeVisible();
    const months = await screen.findByRole('textbox', { name: 'Toegangscontrole, elke … maanden' });
    expect(months).toHaveValue('6');
    await user.type(
      screen.getByRole('textbox', {
        name: 'Contact e-mailadres van het Zorg- en Veiligheidshuis',
      }),
      'Desk@ZVH.example',
    );
    await user.clear(months);
    await user.type(months, '3');
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));

    expect(await screen.findByText('De instellingen zijn opgeslagen.')).toBeVisible();
    expect(
      requests.filter((r) => r.operationName === 'UpdateRegionalSettings').map((r) => r.variables),
    ).toEqual([{ input }]);
  });

  it('names each field in trouble before sending anything, and focuses the first', async () => {
    const { user, requests } = renderApp({
      mocks: [admin(), loaded()],
      route: '/beheer/instellingen',
    });
    const months = await screen.findByRole('textbox', { name: 'Toegangscontrole, elke … maanden' });
    await user.clear(months);
    await user.type(months, '13');
    const grace = screen.getByRole('textbox', {
      name: 'Overgangstermijn nieuw convenant, in dagen',
    });
    await user.clear(grace);
    await user.type(grace, 'dertig');
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));

    expect(await screen.findAllByText('Vul een heel aantal maanden in van 1 tot 12.')).toHaveLength(
      2,
    );
    expect(screen.getAllByText('Vul een heel aantal dagen in van 0 tot 180.')).toHaveLength(2);
    expect(months).toHaveFocus();
    expect(months).toHaveAttribute('aria-invalid', 'true');
    expect(requests.filter((r) => r.operationName === 'UpdateRegionalSettings')).toEqual([]);
  });

  it('reports a change made by someone else in between and loads the current settings on request', async () => {
    const { user } = renderApp({
      mocks: [
        admin(),
        loaded(),
        {
          request: {
            query: UPDATE_REGIONAL_SETTINGS_MUTATION,
            variables: { input: { ...input, contactEmail: null, accessReviewMonths: 12 } },
          },
          result: graphQLError('EDIT_CONFLICT'),
        },
        loaded({ ...SETTINGS, accessReviewMonths: 9, version: 5 }),
      ],
      route: '/beheer/instellingen',
    });
    const months = await screen.findByRole('textbox', { name: 'Toegangscontrole, elke … maanden' });
    await user.clear(months);
    await user.type(months, '12');
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));

    expect(
      await screen.findByText(/Iemand anders heeft de instellingen intussen gewijzigd/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Huidige instellingen laden' }));
    expect(await screen.findByDisplayValue('9', undefined, { timeout: 5000 })).toBe(
      screen.getByRole('textbox', { name: 'Toegangscontrole, elke … maanden' }),
    );
  });

  it('keeps the WGS contactpunt and the volunteer goal under their own headings, refuses a maximum below the minimum and saves both', async () => {
    const changed = {
      ...input,
      contactEmail: null,
      accessReviewMonths: 6,
      wgsContactEmail: 'privacy@zvh.example',
      wgsContactPhone: '030 123 45 67',
      wgsContactAddress: 'Postbus 12, 3500 AA Utrecht',
      volunteerGoalMin: 70,
      volunteerGoalMax: 90,
    };
    const { user, requests } = renderApp({
      mocks: [
        admin(),
        loaded(),
        {
          request: { query: UPDATE_REGIONAL_SETTINGS_MUTATION, variables: { input: changed } },
          result: {
            data: {
              updateRegionalSettings: {
                ...SETTINGS,
                wgsContactEmail: 'privacy@zvh.example',
                wgsContactPhone: '030 123 45 67',
                wgsContactAddress: 'Postbus 12, 3500 AA Utrecht',
                volunteerGoalMin: 70,
                volunteerGoalMax: 90,
                version: 5,
              },
            },
          },
        },
      ],
      route: '/beheer/instellingen',
    });
    const wgs = await screen.findByRole('region', { name: 'Contactpunt voor betrokkenen (WGS)' });
    const volunteer = screen.getByRole('region', { name: 'Vrijwillige inzet' });
    await user.type(
      within(wgs).getByRole('textbox', { name: 'E-mailadres van het contactpunt' }),
      'Privacy@ZVH.example',
    );
    await user.type(
      within(wgs).getByRole('textbox', { name: 'Telefoon van het contactpunt' }),
      '030 123 45 67',
    );
    await user.type(
      within(wgs).getByRole('textbox', { name: 'Postadres van het contactpunt' }),
      'Postbus 12, 3500 AA Utrecht',
    );
    const min = within(volunteer).getByRole('textbox', {
      name: 'Doel koppelingen per jaar, minimaal',
    });
    const max = within(volunteer).getByRole('textbox', {
      name: 'Doel koppelingen per jaar, maximaal',
    });
    expect(min).toHaveValue('65');
    expect(max).toHaveValue('100');
    await user.clear(min);
    await user.type(min, '70');
    await user.clear(max);
    await user.type(max, '60');
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));

    expect(
      await screen.findAllByText('Het maximum moet minstens even groot zijn als het minimum.'),
    ).toHaveLength(2);
    expect(max).toHaveFocus();
    expect(requests.filter((r) => r.operationName === 'UpdateRegionalSettings')).toEqual([]);

    await user.clear(max);
    await user.type(max, '90');
    await user.click(screen.getByRole('button', { name: 'Instellingen opslaan' }));
    expect(await screen.findByText('De instellingen zijn opgeslagen.')).toBeVisible();
    expect(
      requests.filter((r) => r.operationName === 'UpdateRegionalSettings').map((r) => r.variables),
    ).toEqual([{ input: changed }]);
  });

  it('words the new groups and their problems in English', async () => {
    const { user } = renderApp({
      mocks: [admin(), loaded()],
      route: '/beheer/instellingen',
      locale: 'en',
    });
    const wgs = await screen.findByRole('region', {
      name: 'Contact point for the persons concerned (WGS)',
    });
    await user.type(
      within(wgs).getByRole('textbox', { name: "Contact point's e-mail address" }),
      'geen adres',
    );
    const volunteer = screen.getByRole('region', { name: 'Volunteer support' });
    const min = within(volunteer).getByRole('textbox', {
      name: 'Goal of couplings per year, minimum',
    });
    await user.clear(min);
    await user.type(min, '10001');
    await user.click(screen.getByRole('button', { name: /save/i }));

    expect(
      await screen.findAllByText(
        'Enter a valid e-mail address, such as privacy@zvh.nl, or leave it empty.',
      ),
    ).toHaveLength(2);
    expect(screen.getAllByText('Enter a whole number from 0 to 10000.')).toHaveLength(2);
  });
});
