import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import { MAIL_PREFERENCES_QUERY, SET_MAIL_PREFERENCE_MUTATION } from '../graphql/mailPreferences';

const KINDS = [
  'CASE_INVITED',
  'ACTION_ASSIGNED',
  'ACTION_OVERDUE',
  'MEETING_INVITED',
  'REFERRAL_DECIDED',
  'VIOLATION_REPORTED',
] as const;

const preferences = (modes: Partial<Record<(typeof KINDS)[number], string>> = {}) =>
  KINDS.map((kind) => ({ __typename: 'MailPreference', kind, mode: modes[kind] ?? 'NONE' }));

const loaded = (modes = {}): MockLink.MockedResponse => ({
  request: { query: MAIL_PREFERENCES_QUERY },
  result: { data: { myMailPreferences: preferences(modes) } },
});

const setSucceeds = (kind: string, mode: string): MockLink.MockedResponse => ({
  request: { query: SET_MAIL_PREFERENCE_MUTATION, variables: { input: { kind, mode } } },
  result: { data: { setMailPreference: { __typename: 'MailPreference', kind, mode } } },
});

describe('MailPreferencesSection', () => {
  it('shows each kind with its saved choice and saves only what changed', async () => {
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(me()),
        loaded({ ACTION_OVERDUE: 'DAILY' }),
        setSucceeds('CASE_INVITED', 'IMMEDIATELY'),
      ],
      route: '/account',
    });
    const section = (
      await screen.findByRole('heading', { level: 2, name: 'E-mail over meldingen' })
    ).closest('section')!;
    const invited = await within(section).findByRole('group', {
      name: 'U bent toegevoegd aan een casus',
    });
    expect(within(invited).getByRole('radio', { name: 'Geen e-mail' })).toBeChecked();
    const overdue = within(section).getByRole('group', {
      name: 'Een actie van u is over de datum',
    });
    expect(within(overdue).getByRole('radio', { name: 'Eén overzicht per dag' })).toBeChecked();

    await user.click(within(invited).getByRole('radio', { name: 'Direct een e-mail' }));
    await user.click(within(section).getByRole('button', { name: 'E-mailinstellingen opslaan' }));

    expect(
      await within(section).findByText('Uw e-mailinstellingen zijn opgeslagen.'),
    ).toBeVisible();
    const saves = requests.filter((r) => r.operationName === 'SetMailPreference');
    expect(saves.map((r) => r.variables)).toEqual([
      { input: { kind: 'CASE_INVITED', mode: 'IMMEDIATELY' } },
    ]);
  });

  it('speaks English when asked', async () => {
    renderApp({ mocks: [meSignedIn(me()), loaded()], route: '/account', locale: 'en' });
    expect(
      await screen.findByRole('group', { name: 'Invitation to a meeting (with calendar file)' }),
    ).toBeVisible();
    expect(screen.getAllByRole('radio', { name: 'One summary a day' })).toHaveLength(6);
  });
});
