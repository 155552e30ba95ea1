import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DataSubjectRequestDetailFragment } from '../../../gql/graphql';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import {
  CHANGE_DATA_SUBJECT_REQUEST_STATUS_MUTATION,
  DATA_SUBJECT_REQUEST_QUERY,
  UPDATE_DATA_SUBJECT_REQUEST_PART_MUTATION,
} from '../graphql/dataSubjectRequestQueries';

const privacyOfficer = me({ roles: ['PRIVACY_OFFICER'] });
const ROUTE = '/privacy/verzoeken/r1';

const part = (
  id: string,
  agencyName: string,
  status: 'OPEN' | 'DELIVERED' | 'NO_DATA',
): DataSubjectRequestDetailFragment['parts'][number] => ({
  __typename: 'DataSubjectRequestPart',
  id,
  agencyId: `a-${id}`,
  agencyName,
  agencyType: 'POLICE',
  status,
  note: null,
  revision: 1,
  updatedAt: null,
  updatedByName: null,
  reviewStatus: 'OPEN',
  releasedAt: null,
  releasedByName: null,
  releaseNote: null,
});
const releasedPart = (id: string, agencyName: string) => ({
  ...part(id, agencyName, 'DELIVERED'),
  reviewStatus: 'RELEASED' as const,
  releasedAt: '2026-11-20T10:00:00.000Z',
  releasedByName: 'Mirjam Kok',
  releaseNote: 'Niets weggelaten.',
});

const request = (
  over: Partial<DataSubjectRequestDetailFragment> = {},
): DataSubjectRequestDetailFragment => ({
  __typename: 'DataSubjectRequest',
  id: 'r1',
  type: 'ACCESS',
  status: 'IN_PROGRESS',
  personId: 'p1',
  givenNames: 'Kevin',
  familyName: 'Voorbeeld',
  dateOfBirth: '1998-04-17',
  bsn: '900001008',
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
  partsTotal: 2,
  partsDone: 1,
  parts: [releasedPart('pt1', 'Politie basisteam Demostad'), part('pt2', 'GGZ Demoland', 'OPEN')],
  ...over,
});
const detailAnswer = (value = request()): MockLink.MockedResponse => ({
  request: { query: DATA_SUBJECT_REQUEST_QUERY, variables: { id: 'r1' } },
  result: { data: { dataSubjectRequest: value } },
});

describe('DataSubjectRequestDetail', () => {
  it('shows the facts, the parts per partner and the export downloads of an access request', async () => {
    renderApp({ mocks: [meSignedIn(privacyOfficer), detailAnswer()], route: ROUTE });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Inzage: Kevin Voorbeeld' }),
    ).toBeVisible();
    expect(screen.getByText('12 december 2026')).toBeVisible();
    expect(screen.getByText('(nog 20 dagen)')).toBeVisible();
    const parts = screen.getByRole('table', { name: 'Deel van het antwoord per partner' });
    expect(within(parts).getAllByRole('row')).toHaveLength(3);
    expect(within(parts).getByLabelText('Status voor GGZ Demoland')).toHaveValue('OPEN');
    // Each partner's own release: who released and when, or that it has not released yet.
    const police = within(parts).getByRole('row', { name: /Politie basisteam Demostad/ });
    expect(police).toHaveTextContent(/Vrijgegeven op .*2026 door Mirjam Kok – Niets weggelaten\./);
    const ggz = within(parts).getByRole('row', { name: /GGZ Demoland/ });
    expect(ggz).toHaveTextContent('Nog niet vrijgegeven');
    expect(
      within(parts).getByRole('columnheader', { name: 'Vrijgave door de partner' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Download als PDF' })).toHaveAttribute(
      'href',
      '/data-subject-requests/r1/export.pdf',
    );
    expect(screen.getByRole('link', { name: 'Download als JSON' })).toHaveAttribute(
      'href',
      '/data-subject-requests/r1/export.json',
    );
  });

  it('saves a part on its revision and announces it', async () => {
    const saved = request({
      partsDone: 2,
      parts: [
        releasedPart('pt1', 'Politie basisteam Demostad'),
        { ...part('pt2', 'GGZ Demoland', 'NO_DATA'), revision: 2 },
      ],
    });
    const { user } = renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        detailAnswer(),
        {
          request: {
            query: UPDATE_DATA_SUBJECT_REQUEST_PART_MUTATION,
            variables: { input: { partId: 'pt2', revision: 1, status: 'NO_DATA', note: 'Niets' } },
          },
          result: { data: { updateDataSubjectRequestPart: saved } },
        },
      ],
      route: ROUTE,
    });
    await user.selectOptions(await screen.findByLabelText('Status voor GGZ Demoland'), 'NO_DATA');
    await user.type(screen.getByLabelText('Notitie voor GGZ Demoland'), 'Niets');
    await user.click(screen.getByRole('button', { name: 'Deel van GGZ Demoland opslaan' }));
    const message = await screen.findByText('Het deel van GGZ Demoland is opgeslagen.');
    expect(message).toHaveFocus();
  });

  it('explains why a request with open parts cannot be completed, keeping the outcome', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        detailAnswer(),
        {
          request: { query: CHANGE_DATA_SUBJECT_REQUEST_STATUS_MUTATION, variables: () => true },
          result: {
            errors: [
              {
                message: 'parts open',
                extensions: { code: 'REQUEST_PARTS_OPEN', field: 'status' },
              },
            ],
          },
        },
      ],
      route: ROUTE,
    });
    await user.selectOptions(await screen.findByLabelText('Nieuwe status'), 'COMPLETED');
    await user.click(screen.getByRole('button', { name: 'Status opslaan' }));
    expect(
      (await screen.findAllByText('Beschrijf de uitkomst in minstens 3 tekens.')).length,
    ).toBeGreaterThan(0);
    await user.type(screen.getByLabelText(/^Uitkomst/), 'Overzicht verstuurd');
    await user.click(screen.getByRole('button', { name: 'Status opslaan' }));
    expect(await screen.findByText(/niet alle partners hebben hun deel geleverd/)).toBeVisible();
    expect(screen.getByLabelText(/^Uitkomst/)).toHaveValue('Overzicht verstuurd');
  });
});
