import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DataSubjectRequestDetailFragment } from '../../../gql/graphql';
import { renderApp } from '../../../test/renderApp';
import { graphQLError, me, meSignedIn } from '../../../test/sessionFixtures';
import {
  DATA_SUBJECT_REQUEST_QUERY,
  UPDATE_DATA_SUBJECT_REQUEST_PART_MUTATION,
} from '../graphql/dataSubjectRequestQueries';

const privacyOfficer = me({ roles: ['PRIVACY_OFFICER'] });
const ROUTE = '/privacy/verzoeken/r1';

const part = (revision: number, note: string | null = null) => ({
  __typename: 'DataSubjectRequestPart' as const,
  id: 'pt1',
  agencyId: 'a-pt1',
  agencyName: 'GGZ Demoland',
  agencyType: 'POLICE',
  status: 'OPEN' as const,
  note,
  revision,
  updatedAt: null,
  updatedByName: null,
  reviewStatus: 'OPEN' as const,
  releasedAt: null,
  releasedByName: null,
  releaseNote: null,
});

const request = (
  over: Partial<DataSubjectRequestDetailFragment> = {},
): DataSubjectRequestDetailFragment => ({
  __typename: 'DataSubjectRequest',
  id: 'r1',
  type: 'ERASURE',
  status: 'IN_PROGRESS',
  personId: 'p1',
  givenNames: 'Kevin',
  familyName: 'Voorbeeld',
  dateOfBirth: '1998-04-17',
  bsn: null,
  receivedOn: '2026-11-12',
  deadline: '2026-12-12',
  originalDeadline: '2026-12-12',
  extendedDeadline: null,
  extensionReason: null,
  overdue: false,
  daysLeft: 20,
  identityVerification: 'Paspoort getoond aan de balie',
  includeEmployeeNames: false,
  outcome: null,
  closedAt: null,
  revision: 3,
  partsTotal: 1,
  partsDone: 0,
  parts: [part(1)],
  ...over,
});
const detailAnswer = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: { query: DATA_SUBJECT_REQUEST_QUERY, variables: { id: 'r1' } },
  result,
});

// The detail page's state through useDataSubjectRequestDetail, as the privacy officer sees it.
describe('useDataSubjectRequestDetail', () => {
  it('reloads after a lost race, says so as an alert with focus, and shows the newest part', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        detailAnswer({ data: { dataSubjectRequest: request() } }),
        {
          request: {
            query: UPDATE_DATA_SUBJECT_REQUEST_PART_MUTATION,
            variables: { input: { partId: 'pt1', revision: 1, status: 'OPEN', note: null } },
          },
          result: graphQLError('CONFLICT'),
        },
        detailAnswer({
          data: { dataSubjectRequest: request({ revision: 4, parts: [part(2, 'Zoeken loopt')] }) },
        }),
      ],
      route: ROUTE,
    });

    await user.click(await screen.findByRole('button', { name: 'Deel van GGZ Demoland opslaan' }));

    const message = await screen.findByRole('alert');
    expect(message).toHaveTextContent('Iemand anders heeft dit verzoek intussen gewijzigd.');
    expect(message).toHaveFocus();
    expect(await screen.findByDisplayValue('Zoeken loopt')).toBeVisible();
    // Not an access request: no export to download.
    expect(screen.queryByRole('link', { name: 'Download als PDF' })).toBeNull();
  });

  it('says a request outside the region does not exist, with the way back', async () => {
    renderApp({
      mocks: [meSignedIn(privacyOfficer), detailAnswer(graphQLError('NOT_FOUND'))],
      route: ROUTE,
    });
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Dit verzoek bestaat niet of hoort niet bij uw regio.',
      ),
    );
    expect(screen.getByRole('link', { name: 'Alle verzoeken' })).toBeVisible();
    expect(document.title).toMatch(/^Verzoeken van betrokkenen/);
  });

  it('shows a completed request read-only', async () => {
    renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        detailAnswer({
          data: { dataSubjectRequest: request({ status: 'COMPLETED', outcome: 'Gewist' }) },
        }),
      ],
      route: ROUTE,
    });
    expect(
      await screen.findByText('Dit verzoek is afgerond en kan niet meer worden gewijzigd.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Status opslaan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Deel van GGZ Demoland opslaan' })).toBeNull();
    expect(screen.queryByLabelText('Status voor GGZ Demoland')).toBeNull();
  });
});
