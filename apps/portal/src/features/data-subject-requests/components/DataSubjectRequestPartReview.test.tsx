import type { MockLink } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type {
  DataSubjectRequestPartReviewQuery,
  DataSubjectRequestPartTaskFieldsFragment,
} from '../../../gql/graphql';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import {
  DATA_SUBJECT_REQUEST_PART_REVIEW_QUERY,
  DATA_SUBJECT_REQUEST_PART_TASKS_QUERY,
  RELEASE_DATA_SUBJECT_REQUEST_PART_MUTATION,
} from '../graphql/dataSubjectRequestPartQueries';

const privacyContact = me({ roles: ['PRIVACY_CONTACT'] });

const task = (
  over: Partial<DataSubjectRequestPartTaskFieldsFragment> = {},
): DataSubjectRequestPartTaskFieldsFragment => ({
  __typename: 'DataSubjectRequestPartTask',
  id: 'pt1',
  requestId: 'r1',
  requestType: 'ACCESS',
  requestStatus: 'IN_PROGRESS',
  agencyName: 'Politie basisteam Demostad',
  givenNames: 'Kevin',
  familyName: 'Voorbeeld',
  dateOfBirth: '1998-04-17',
  receivedOn: '2026-11-12',
  deadline: '2026-12-12',
  daysLeft: 20,
  reviewStatus: 'IN_REVIEW',
  reviewStartedAt: '2026-11-14T09:00:00.000Z',
  releasedAt: null,
  releasedByName: null,
  releaseNote: null,
  revision: 2,
  ...over,
});

const review = (): DataSubjectRequestPartReviewQuery['dataSubjectRequestPartReview'] => ({
  __typename: 'DataSubjectRequestPartReview',
  part: task(),
  participations: [
    {
      __typename: 'DataSubjectReviewParticipation',
      caseReference: 'ZVH-2026-001',
      role: 'PARTNER',
      from: '2026-01-05',
      until: null,
      legalBasis: 'Convenant art. 5',
    },
  ],
  items: [
    {
      __typename: 'DataSubjectReviewItem',
      date: '2026-02-01',
      category: 'POLICE',
      caseReference: 'ZVH-2026-001',
      legalBasis: 'Wpg art. 19',
      text: 'Melding overlast op 1 februari.',
    },
  ],
  planActions: [],
});
const reviewAnswer = (): MockLink.MockedResponse => ({
  request: { query: DATA_SUBJECT_REQUEST_PART_REVIEW_QUERY, variables: { id: 'pt1' } },
  result: { data: { dataSubjectRequestPartReview: review() } },
});

describe('DataSubjectRequestPartTaskList', () => {
  it('lists the requests concerning the own agency with deadline and release status', async () => {
    renderApp({
      mocks: [
        meSignedIn(privacyContact),
        {
          request: { query: DATA_SUBJECT_REQUEST_PART_TASKS_QUERY },
          result: {
            data: {
              dataSubjectRequestPartTasks: [
                task({ reviewStatus: 'OPEN' }),
                task({
                  id: 'pt2',
                  givenNames: 'Sandra',
                  familyName: 'Testmans',
                  reviewStatus: 'RELEASED',
                  releasedAt: '2026-11-20T10:00:00.000Z',
                }),
              ],
            },
          },
        },
      ],
      route: '/privacy/mijn-verzoeken',
    });
    const table = await screen.findByRole('table', {
      name: 'Verzoeken over gegevens van uw organisatie, nog vrij te geven eerst',
    });
    const kevin = within(table).getByRole('row', { name: /Kevin Voorbeeld/ });
    expect(kevin).toHaveTextContent('12 december 2026 (nog 20 dagen)');
    expect(kevin).toHaveTextContent('Nog niet vrijgegeven');
    expect(within(kevin).getByRole('link', { name: 'Kevin Voorbeeld' })).toHaveAttribute(
      'href',
      '/privacy/mijn-verzoeken/pt1',
    );
    expect(within(table).getByRole('row', { name: /Sandra Testmans/ })).toHaveTextContent(
      'Vrijgegeven',
    );
    expect(screen.getByRole('link', { name: 'Verzoeken over onze gegevens' })).toBeVisible();
  });

  it('is not there for the privacy officer or other roles', async () => {
    renderApp({
      mocks: [meSignedIn(me({ roles: ['PRIVACY_OFFICER'] }))],
      route: '/privacy/mijn-verzoeken',
    });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent(
      'Verzoeken over onze gegevens',
    );
    expect(screen.queryByRole('link', { name: 'Verzoeken over onze gegevens' })).toBeNull();
  });
});

describe('DataSubjectRequestPartReview', () => {
  it('shows only the own agency’s data and releases it with a note ("Vrijgeven")', async () => {
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(privacyContact),
        reviewAnswer(),
        {
          request: {
            query: RELEASE_DATA_SUBJECT_REQUEST_PART_MUTATION,
            variables: { input: { partId: 'pt1', note: 'Niets weggelaten.' } },
          },
          result: {
            data: {
              releaseDataSubjectRequestPart: task({
                reviewStatus: 'RELEASED',
                releasedAt: '2026-11-20T10:00:00.000Z',
                releasedByName: 'Mirjam Kok',
                releaseNote: 'Niets weggelaten.',
                revision: 3,
              }),
            },
          },
        },
      ],
      route: '/privacy/mijn-verzoeken/pt1',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Ons deel: Kevin Voorbeeld' }),
    ).toBeVisible();
    expect(screen.getByText('Melding overlast op 1 februari.')).toBeVisible();
    expect(screen.getByText(/ZVH-2026-001: Ketenpartner/)).toBeVisible();
    expect(screen.getByText('In beoordeling bij de partner')).toBeVisible();

    await user.type(screen.getByLabelText(/^Toelichting/), 'Niets weggelaten.');
    await user.click(screen.getByRole('button', { name: 'Vrijgeven' }));
    const message = await screen.findByText(
      'Het deel van Politie basisteam Demostad is vrijgegeven aan het contactpunt.',
    );
    await waitFor(() => expect(message).toHaveFocus());
    expect(await screen.findByText(/Vrijgegeven op .* door Mirjam Kok/)).toBeVisible();
    // Released: no second release offered.
    expect(screen.queryByRole('button', { name: 'Vrijgeven' })).toBeNull();
    expect(
      requests.filter((r) => r.operationName === 'ReleaseDataSubjectRequestPart'),
    ).toHaveLength(1);
  });

  it('keeps a too long note, says why, and sends nothing', async () => {
    const { user, requests } = renderApp({
      mocks: [meSignedIn(privacyContact), reviewAnswer()],
      route: '/privacy/mijn-verzoeken/pt1',
    });
    const note = await screen.findByLabelText(/^Toelichting/);
    await user.click(note);
    await user.paste('x'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Vrijgeven' }));
    expect(
      (await screen.findAllByText('De toelichting mag ten hoogste 2000 tekens lang zijn.')).length,
    ).toBeGreaterThan(0);
    expect(screen.getByLabelText(/^Toelichting/)).toHaveValue('x'.repeat(2001));
    expect(requests.some((r) => r.operationName === 'ReleaseDataSubjectRequestPart')).toBe(false);
  });
});
