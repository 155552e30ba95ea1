import type { MockLink } from '@apollo/client/testing';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { LookupAgreedApproachMutation } from '../../../gql/graphql';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import { LOOKUP_AGREED_APPROACH_MUTATION } from '../../agreed-approach/graphql/lookupAgreedApproachMutation';
import { REPORT_VIOLATION_MUTATION } from '../graphql/supervision';

type Card = LookupAgreedApproachMutation['lookupAgreedApproach']['cards'][number];

const police = me({ agencyName: 'Politie basisteam Demostad-Zuid', agencyType: 'POLICE' });
const BAN = '00000000-0000-4000-8000-0000000000b1';

const card: Card = {
  __typename: 'AgreedApproachCard',
  person: {
    __typename: 'AgreedApproachPerson',
    givenNames: 'Kevin',
    familyName: 'Voorbeeld',
    dateOfBirth: '1994-03-12',
  },
  validity: 'VALID',
  validUntil: '2026-12-31',
  instructions: 'Niet aanhouden voor kleine overlast.',
  contacts: [],
  conditions: [
    {
      __typename: 'StreetCondition',
      id: BAN,
      kind: 'LOCATION_BAN',
      subject: 'Stationsgebied Demostad',
      endsOn: '2027-06-01',
    },
  ],
};

const input = { bsn: '900001008', purposeKind: 'STREET_CHECK', purpose: 'Bij het station' };
const lookup: MockLink.MockedResponse = {
  request: { query: LOOKUP_AGREED_APPROACH_MUTATION, variables: { input } },
  result: {
    data: {
      lookupAgreedApproach: {
        __typename: 'AgreedApproachLookupResult',
        lookedUpAt: '2026-03-02T13:05:00.000Z',
        cards: [card],
      },
    },
  },
};

const report = {
  conditionId: BAN,
  what: 'Stond bij de ingang van het station.',
  occurredAt: new Date('2026-03-02T12:30').toISOString(),
  location: 'Stationsplein',
  seenBy: 'Agent Zuid',
};
const reported: MockLink.MockedResponse = {
  request: { query: REPORT_VIOLATION_MUTATION, variables: { input: report } },
  result: {
    data: {
      reportViolation: {
        __typename: 'ViolationSignal',
        id: '00000000-0000-4000-8000-0000000000c1',
        conditionKind: 'LOCATION_BAN',
        conditionSubject: 'Stationsgebied Demostad',
        what: report.what,
        occurredAt: report.occurredAt,
        location: report.location,
        seenBy: report.seenBy,
        reportedAt: '2026-03-02T13:10:00.000Z',
        dueAt: '2026-03-05T13:10:00.000Z',
        status: 'REPORTED',
        reporterAgency: { __typename: 'Agency', id: 'agency-zuid', name: 'Politie Zuid' },
        assessmentAccess: 'WITHHELD',
        assessment: null,
        followUp: null,
        assessedAt: null,
        revision: 1,
        mayAssess: false,
      },
    },
  },
};

describe('the street summary of supervision conditions on the police card', () => {
  it('shows the ban in words and reports a violation of it from the card', async () => {
    const { user, requests } = renderApp({
      mocks: [meSignedIn(police), lookup, reported],
      route: '/afsprakenkaart',
    });
    await user.type(await screen.findByRole('textbox', { name: 'BSN' }), '900001008');
    await user.selectOptions(screen.getByLabelText('Doel van de zoekactie'), 'Controle op straat');
    await user.type(screen.getByLabelText('Toelichting'), 'Bij het station');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));

    const result = await screen.findByRole('region', { name: 'Resultaat' });
    expect(
      within(result).getByText('Locatieverbod: Stationsgebied Demostad tot en met 1 juni 2027'),
    ).toBeVisible();
    await user.click(within(result).getByRole('button', { name: /^Overtreding melden/ }));

    // Nothing is sent without what, when, where and by whom.
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    expect(await screen.findByText('De melding is niet verstuurd.')).toBeVisible();
    expect(screen.getByLabelText('Wat heeft u gezien?')).toHaveFocus();
    expect(requests.map((r) => r.operationName)).not.toContain('ReportViolation');

    await user.type(screen.getByLabelText('Wat heeft u gezien?'), report.what);
    fireEvent.change(screen.getByLabelText('Wanneer (datum en tijd)'), {
      target: { value: '2026-03-02T12:30' },
    });
    await user.type(screen.getByLabelText('Waar'), report.location);
    await user.type(screen.getByLabelText('Gezien door'), report.seenBy);
    await user.click(screen.getByRole('button', { name: 'Melding versturen' }));
    expect(await screen.findByText('Uw melding is verstuurd naar de reclassering.')).toBeVisible();
    expect(requests.map((r) => r.operationName)).toContain('ReportViolation');
  });
});
