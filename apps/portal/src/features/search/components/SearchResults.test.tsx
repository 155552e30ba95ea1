import { screen } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import type { Role } from '@schakel/domain';
import { renderApp } from '../../../test/renderApp';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import { SEARCH_CASES_QUERY } from '../graphql/searchCasesQuery';

const nothingFound = (text: string): MockLink.MockedResponse => ({
  request: { query: SEARCH_CASES_QUERY, variables: { text, first: 50 } },
  result: {
    data: {
      searchCases: {
        __typename: 'CasePage',
        nodes: [],
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      },
    },
  },
});

const search = (roles: Role[]) =>
  renderApp({
    route: '/zoeken?q=ZVH-2026-004',
    mocks: [meSignedIn(me({ roles })), nothingFound('ZVH-2026-004')],
  });

describe('a search without results', () => {
  it('offers the procesregisseur the way to open a case outside participation', async () => {
    search(['PROCESREGISSEUR']);
    expect(await screen.findByText('Geen dossiers gevonden.')).toBeVisible();
    expect(
      screen.getByRole('link', { name: 'Open een dossier buiten deelname (break-the-glass)' }),
    ).toHaveAttribute('href', '/dossiers/openen-buiten-deelname');
  });

  it('offers it to nobody else (the route would refuse them)', async () => {
    search(['MEMBER']);
    expect(await screen.findByText('Geen dossiers gevonden.')).toBeVisible();
    expect(
      screen.getByText(/U vindt alleen dossiers waaraan uw organisatie deelneemt/),
    ).toBeVisible();
    expect(screen.queryByRole('link', { name: /buiten deelname/ })).toBeNull();
  });
});
