import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  DataSubjectRequestDetailFragment,
  DataSubjectRequestsQuery,
} from '../../../gql/graphql';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import {
  DATA_SUBJECT_PERSON_CANDIDATES_QUERY,
  DATA_SUBJECT_REQUESTS_QUERY,
  REGISTER_DATA_SUBJECT_REQUEST_MUTATION,
} from '../graphql/dataSubjectRequestQueries';

const privacyOfficer = me({ roles: ['PRIVACY_OFFICER'] });

type Summary = DataSubjectRequestsQuery['dataSubjectRequests'][number];
const summary = (over: Partial<Summary> = {}): Summary => ({
  __typename: 'DataSubjectRequest',
  id: 'r1',
  type: 'ACCESS',
  status: 'RECEIVED',
  personId: 'p1',
  givenNames: 'Kevin',
  familyName: 'Voorbeeld',
  receivedOn: '2026-11-12',
  deadline: '2026-12-12',
  overdue: false,
  daysLeft: 20,
  partsTotal: 5,
  partsDone: 1,
  revision: 1,
  ...over,
});
const listAnswer = (list: Summary[]): MockLink.MockedResponse => ({
  request: { query: DATA_SUBJECT_REQUESTS_QUERY },
  result: { data: { dataSubjectRequests: list } },
});

describe('DataSubjectRequestList', () => {
  it('lists requests with type, deadline (days left or overdue), status and parts done', async () => {
    renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        listAnswer([
          summary(),
          summary({
            id: 'r2',
            type: 'ERASURE',
            status: 'IN_PROGRESS',
            givenNames: 'Sandra',
            familyName: 'Testmans',
            deadline: '2026-10-01',
            overdue: true,
            daysLeft: -52,
            partsDone: 0,
            partsTotal: 3,
          }),
        ]),
      ],
      route: '/privacy/verzoeken',
    });
    const table = await screen.findByRole('table', {
      name: 'Verzoeken van betrokkenen, openstaande eerst',
    });
    const kevin = within(table).getByRole('row', { name: /Kevin Voorbeeld/ });
    expect(kevin).toHaveTextContent('Inzage');
    expect(kevin).toHaveTextContent('12 december 2026 (nog 20 dagen)');
    expect(kevin).toHaveTextContent('1 van 5');
    const sandra = within(table).getByRole('row', { name: /Sandra Testmans/ });
    expect(sandra).toHaveTextContent('Verwijdering');
    expect(sandra).toHaveTextContent('1 oktober 2026 (verlopen)');
    expect(sandra).toHaveTextContent('In behandeling');
    expect(within(kevin).getByRole('link', { name: 'Kevin Voorbeeld' })).toHaveAttribute(
      'href',
      '/privacy/verzoeken/r1',
    );
    expect(screen.getByRole('link', { name: 'Nieuw verzoek' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Verzoeken betrokkenen' })).toBeVisible();
  });

  it('is not there for other roles', async () => {
    renderApp({
      mocks: [meSignedIn(me({ roles: ['FUNCTIONAL_ADMIN'] }))],
      route: '/privacy/verzoeken',
    });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent(
      'Verzoeken van betrokkenen',
    );
    expect(screen.queryByRole('link', { name: 'Verzoeken betrokkenen' })).toBeNull();
  });
});

describe('RegisterDataSubjectRequestForm', () => {
  it('checks the fields first, keeps the input, then registers the chosen person', async () => {
    const registered: DataSubjectRequestDetailFragment = {
      ...summary({ id: 'new-1' }),
      dateOfBirth: '1998-04-17',
      bsn: '900001008',
      identityVerification: 'Paspoort gezien',
      originalDeadline: '2026-12-12',
      extendedDeadline: null,
      extensionReason: null,
      includeEmployeeNames: false,
      outcome: null,
      closedAt: null,
      parts: [],
    };
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        {
          request: {
            query: DATA_SUBJECT_PERSON_CANDIDATES_QUERY,
            variables: { input: { bsn: '900001008' } },
          },
          result: {
            data: {
              dataSubjectPersonCandidates: [
                {
                  __typename: 'DataSubjectPersonCandidate',
                  id: 'p1',
                  givenNames: 'Kevin',
                  familyName: 'Voorbeeld',
                  dateOfBirth: '1998-04-17',
                  bsn: '900001008',
                  city: 'Demostad',
                  agenciesHoldingData: 5,
                },
              ],
            },
          },
        },
        {
          request: {
            query: REGISTER_DATA_SUBJECT_REQUEST_MUTATION,
            variables: () => true,
          },
          result: { data: { registerDataSubjectRequest: registered } },
        },
        listAnswer([summary({ id: 'new-1' })]),
      ],
      route: '/privacy/verzoeken/nieuw',
    });

    await user.click(await screen.findByRole('button', { name: 'Verzoek registreren' }));
    // Queried afresh inside waitFor: the summary may be re-rendered between finding and checking.
    await waitFor(() =>
      expect(screen.getByText('Het verzoek is niet geregistreerd')).toBeVisible(),
    );
    expect(
      screen.getAllByText('Zoek en kies de betrokkene, of vul naam en geboortedatum in.').length,
    ).toBeGreaterThan(0);
    expect(requests.some((r) => r.operationName === 'RegisterDataSubjectRequest')).toBe(false);

    await user.type(screen.getByLabelText('BSN'), '123456789');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(
      (await screen.findAllByText('Dit is geen geldig BSN (11-proef).')).length,
    ).toBeGreaterThan(0);
    expect(screen.getByLabelText(/^BSN/)).toHaveValue('123456789');

    await user.clear(screen.getByLabelText(/^BSN/));
    await user.type(screen.getByLabelText(/^BSN/), '900001008');
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    await user.click(await screen.findByRole('button', { name: 'Kies Kevin Voorbeeld' }));
    expect(screen.getByText(/Gekozen: Kevin Voorbeeld \(5 partners met gegevens\)/)).toBeVisible();
    await user.type(screen.getByLabelText(/Hoe is de identiteit vastgesteld/), 'Paspoort gezien');
    await user.click(screen.getByRole('button', { name: 'Verzoek registreren' }));

    // The form's own page has a level-1 heading too: wait until the request was sent and the form
    // has gone (the page moved on), then query the new page's heading afresh.
    await waitFor(() =>
      expect(requests.some((r) => r.operationName === 'RegisterDataSubjectRequest')).toBe(true),
    );
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Verzoek registreren' })).toBeNull(),
    );
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toBeVisible());
    const sent = requests.find((r) => r.operationName === 'RegisterDataSubjectRequest');
    expect(sent?.variables).toMatchObject({
      input: {
        personId: 'p1',
        type: 'ACCESS',
        identityVerification: 'Paspoort gezien',
        includeEmployeeNames: false,
      },
    });
  });
});
