import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import { AGENCIES, casesAnswer, listItem, withheld } from '../../../test/caseFixtures';
import { me, meSignedIn } from '../../../test/sessionFixtures';

const member = me({ roles: ['MEMBER'], agencyType: 'POLICE' });

const kevin = listItem('ZVH-2026-001', { updatedAt: '2026-03-02T13:05:00.000Z' });
const sandra = listItem('ZVH-2026-002', {
  theme: 'DOMESTIC_VIOLENCE',
  subject: {
    __typename: 'Person',
    id: 'person-sandra',
    givenNames: withheld(),
    familyName: withheld(),
  },
  casusregisseurAgency: null,
});
const ahmed = listItem('ZVH-2026-003', { theme: 'EX_DETAINEE', status: 'IN_TRIAGE' });

const casesRequests = (requests: ReturnType<typeof renderApp>['requests']) =>
  requests.filter((request) => request.operationName === 'Cases').map((r) => r.variables);

describe('CaseList', () => {
  it('lists the cases with reference, person, theme, status, casusregisseur and last change', async () => {
    renderApp({
      mocks: [meSignedIn(member), casesAnswer({ first: 20 }, [kevin, sandra])],
      route: '/dossiers',
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
    expect(await screen.findByText('Pagina 1: 2 dossiers.')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Dossiers, pagina 1' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      [
        'ZVH-2026-001',
        'Kevin Voorbeeld',
        'Veelpleger',
        'Actief',
        'Reclassering Nederland, unit Demo-regio',
        '2 mrt 2026 14:05',
      ],
      [
        'ZVH-2026-002',
        'Afgeschermd: geen toegang onder het convenant',
        'Huiselijk geweld',
        'Actief',
        'Nog niet bepaald',
        '2 mrt 2026 10:00',
      ],
    ]);
    expect(within(table).getByRole('link', { name: 'ZVH-2026-001' })).toHaveAttribute(
      'href',
      `/dossiers/${kevin.id}`,
    );
    await waitFor(() => expect(document.title).toBe('Dossiers — Schakel'));
  });

  it('keeps the wide table readable on a phone: it scrolls inside a labelled, focusable region', async () => {
    renderApp({
      mocks: [meSignedIn(member), casesAnswer({ first: 20 }, [kevin])],
      route: '/dossiers',
    });

    const region = await screen.findByRole('region', { name: 'Dossiers, pagina 1' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table')).toBeVisible();
  });

  it('sends the chosen status and theme to the API and starts again at page 1', async () => {
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(member),
        casesAnswer({ first: 20 }, [kevin, ahmed]),
        casesAnswer({ first: 20, filter: { statuses: ['IN_TRIAGE'], themes: ['EX_DETAINEE'] } }, [
          ahmed,
        ]),
      ],
      route: '/dossiers',
    });
    await screen.findByText('Pagina 1: 2 dossiers.');

    await user.selectOptions(screen.getByLabelText('Status'), 'In triage');
    await user.selectOptions(screen.getByLabelText('Thema'), 'Ex-gedetineerde');
    // Choosing alone changes nothing: the filter is applied with the button (or Enter).
    expect(casesRequests(requests)).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Filter toepassen' }));

    expect(await screen.findByText('Pagina 1: 1 dossier.')).toBeVisible();
    expect(casesRequests(requests)).toEqual([
      { first: 20 },
      { first: 20, filter: { statuses: ['IN_TRIAGE'], themes: ['EX_DETAINEE'] } },
    ]);
    expect(screen.getByLabelText('Status')).toHaveValue('IN_TRIAGE');
    expect(screen.getByRole('link', { name: 'Filters wissen' })).toHaveAttribute(
      'href',
      '/dossiers',
    );
    // Opening a case remembers this list, so "back" returns to it.
    await user.click(screen.getByRole('link', { name: 'ZVH-2026-003' }));
    expect(await screen.findByRole('link', { name: 'Terug naar de dossiers' })).toHaveAttribute(
      'href',
      '/dossiers?status=IN_TRIAGE&thema=EX_DETAINEE',
    );
  });

  it('reads the filters and page from the URL, so a reload shows the same list', async () => {
    const { requests } = renderApp({
      mocks: [
        meSignedIn(member),
        casesAnswer({ first: 20, after: 'c1', filter: { statuses: ['ACTIVE'] } }, [kevin]),
      ],
      route: '/dossiers?status=ACTIVE&na=c1',
    });

    expect(await screen.findByText('Pagina 2: 1 dossier.')).toBeVisible();
    expect(casesRequests(requests)).toEqual([
      { first: 20, after: 'c1', filter: { statuses: ['ACTIVE'] } },
    ]);
    expect(screen.getByLabelText('Status')).toHaveValue('ACTIVE');
    expect(screen.getByLabelText('Thema')).toHaveValue('');
    const pages = screen.getByRole('navigation', { name: 'Pagina’s van de dossierlijst' });
    expect(within(pages).getByRole('link', { name: 'Vorige' })).toHaveAttribute(
      'href',
      '/dossiers?status=ACTIVE',
    );
    expect(within(pages).queryByRole('link', { name: 'Volgende' })).not.toBeInTheDocument();
  });

  it('goes back to the plain list address from page 2 without filters', async () => {
    renderApp({
      mocks: [meSignedIn(member), casesAnswer({ first: 20, after: 'c1' }, [kevin])],
      route: '/dossiers?na=c1',
    });
    expect(await screen.findByRole('link', { name: 'Vorige' })).toHaveAttribute(
      'href',
      '/dossiers',
    );
  });

  it('pages forward with the end cursor and back without it, moving focus to the results', async () => {
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(member),
        casesAnswer({ first: 20, filter: { themes: ['FREQUENT_OFFENDER'] } }, [kevin], {
          endCursor: 'end-of-page-1',
          hasNextPage: true,
        }),
        casesAnswer(
          { first: 20, after: 'end-of-page-1', filter: { themes: ['FREQUENT_OFFENDER'] } },
          [ahmed],
          { endCursor: 'end-of-page-2', hasNextPage: false },
        ),
        casesAnswer({ first: 20, filter: { themes: ['FREQUENT_OFFENDER'] } }, [kevin], {
          endCursor: 'end-of-page-1',
          hasNextPage: true,
        }),
      ],
      route: '/dossiers?thema=FREQUENT_OFFENDER',
    });
    await screen.findByText('Pagina 1: 1 dossier.');
    const pages = () => screen.getByRole('navigation', { name: 'Pagina’s van de dossierlijst' });
    expect(within(pages()).queryByRole('link', { name: 'Vorige' })).not.toBeInTheDocument();
    expect(within(pages()).getByText('Pagina 1')).toHaveAttribute('aria-current', 'page');

    await user.click(within(pages()).getByRole('link', { name: 'Volgende' }));
    expect(await screen.findByText('Pagina 2: 1 dossier.')).toBeVisible();
    expect(screen.getByRole('link', { name: 'ZVH-2026-003' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Gevonden dossiers' })).toHaveFocus();

    await user.click(within(pages()).getByRole('link', { name: 'Vorige' }));
    await waitFor(() => expect(casesRequests(requests)).toHaveLength(3));
    expect(await screen.findByText('Pagina 1: 1 dossier.')).toBeVisible();
    expect(casesRequests(requests)).toEqual([
      { first: 20, filter: { themes: ['FREQUENT_OFFENDER'] } },
      { first: 20, after: 'end-of-page-1', filter: { themes: ['FREQUENT_OFFENDER'] } },
      { first: 20, filter: { themes: ['FREQUENT_OFFENDER'] } },
    ]);
  });

  it('says so when there are no cases, and when the filters leave none', async () => {
    renderApp({ mocks: [meSignedIn(member), casesAnswer({ first: 20 }, [])], route: '/dossiers' });
    expect(await screen.findByText('Er zijn geen dossiers die u kunt inzien.')).toBeVisible();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('suggests clearing the filters when they leave no cases', async () => {
    renderApp({
      mocks: [meSignedIn(member), casesAnswer({ first: 20, filter: { statuses: ['CLOSED'] } }, [])],
      route: '/dossiers?status=CLOSED',
    });
    expect(
      await screen.findByText(
        'Er zijn geen dossiers met deze filters. Wis de filters om alles te zien.',
      ),
    ).toBeVisible();
  });

  it('shows a translated error when the API cannot be reached', async () => {
    renderApp({
      mocks: [
        meSignedIn(member),
        {
          request: {
            query: casesAnswer({ first: 20 }, []).request.query,
            variables: { first: 20 },
          },
          error: new TypeError('Failed to fetch'),
        },
      ],
      route: '/dossiers',
    });
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Schakel is op dit moment niet bereikbaar',
      ),
    );
  });

  it('names the casusregisseur agency in English too', async () => {
    renderApp({
      mocks: [
        meSignedIn(member),
        casesAnswer({ first: 20 }, [
          listItem('ZVH-1', { casusregisseurAgency: AGENCIES.wijkteam }),
        ]),
      ],
      route: '/dossiers',
      locale: 'en',
    });
    const table = await screen.findByRole('table', { name: 'Cases, page 1' });
    expect(within(table).getByRole('columnheader', { name: 'Case lead' })).toBeVisible();
    expect(table).toHaveTextContent('Wijkteam Demostad-Noord');
    expect(table).toHaveTextContent('Frequent offender');
  });
});
