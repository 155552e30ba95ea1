import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import {
  AGENCIES,
  agenciesAnswer,
  CASE_ID,
  caseAsAgencyAnswer,
  caseDetail,
  caseFound,
  categoryAccess,
  item,
  noConsents,
  withheld,
} from '../../../test/caseFixtures';
import { me, meSignedIn } from '../../../test/sessionFixtures';

const director = me({
  displayName: 'Sanne Visser',
  roles: ['MEMBER', 'PROCESREGISSEUR'],
  agencyName: AGENCIES.zvh.name,
  agencyType: 'ZVH',
});
// The session fixture's agency id, so the list can leave the own agency out.
const ownAgency = { ...AGENCIES.zvh, id: 'agency-1' };

/** Kevin's case as GGZ sees it: police only as a summary, care in full, no BSN. */
const asCare = caseDetail({
  viewedAs: AGENCIES.ggz,
  readOnly: true,
  subject: { ...caseDetail().subject, bsn: withheld('BSN') },
  categoryAccess: [
    categoryAccess('POLICE', 'SUMMARY'),
    categoryAccess('CARE', 'FULL', { canWrite: true }),
  ],
  informationItems: [
    item({
      category: 'POLICE',
      access: 'SUMMARY',
      summary: 'Recente incidenten in de wijk; politie is betrokken.',
    }),
    item({ category: 'CARE', sourceAgency: AGENCIES.ggz, text: 'Ambulante behandeling.' }),
  ],
});

describe('view as (bekijk als)', () => {
  it('lets the procesregisseur choose another agency and shows the case as the API computes it for them', async () => {
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(director),
        caseFound(caseDetail()),
        agenciesAnswer([ownAgency, AGENCIES.politie, AGENCIES.ggz, AGENCIES.exodus]),
        noConsents(),
        caseAsAgencyAnswer(AGENCIES.ggz, asCare),
        agenciesAnswer([ownAgency, AGENCIES.politie, AGENCIES.ggz, AGENCIES.exodus]),
      ],
      route: `/dossiers/${CASE_ID}`,
    });

    const section = await screen.findByRole('region', { name: 'Bekijk als partner' });
    const select = within(section).getByLabelText('Organisatie');
    await waitFor(() => expect(within(select).getAllByRole('option')).toHaveLength(4));
    // Sorted by name, without the own agency.
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Kies een organisatie',
      'Exodus Demo-regio',
      'GGZ Demoland',
      'Politie basisteam Demostad',
    ]);
    await user.selectOptions(select, 'GGZ Demoland');
    await user.click(within(section).getByRole('button', { name: 'Bekijk als deze organisatie' }));

    expect(await screen.findByText('Weergave als GGZ Demoland — alleen-lezen')).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Weergave als GGZ Demoland — alleen-lezen',
    );
    await waitFor(() => expect(document.title).toBe('Weergave als GGZ Demoland — Schakel'));
    expect(screen.getByRole('region', { name: 'Politie' })).toHaveTextContent(
      'Samenvatting: Recente incidenten in de wijk; politie is betrokken.',
    );
    expect(screen.getByRole('region', { name: 'Zorg' })).toHaveTextContent(
      'Ambulante behandeling.',
    );
    expect(screen.getByText('BSN', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      'Afgeschermd',
    );
    // Read-only: nothing to add, even in a category that agency could write.
    expect(screen.queryByRole('button', { name: 'Informatie toevoegen' })).not.toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'CaseAsAgency')?.variables).toEqual({
      caseId: CASE_ID,
      agencyId: AGENCIES.ggz.id,
    });
    expect(screen.getByRole('link', { name: 'Terug naar je eigen weergave' })).toHaveAttribute(
      'href',
      `/dossiers/${CASE_ID}`,
    );
  });

  it('says when the chosen agency cannot see the case at all', async () => {
    renderApp({
      mocks: [
        meSignedIn(director),
        caseAsAgencyAnswer(AGENCIES.exodus, null),
        agenciesAnswer([ownAgency, AGENCIES.exodus]),
      ],
      route: `/dossiers/${CASE_ID}/bekijk-als/${AGENCIES.exodus.id}`,
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Weergave als Exodus Demo-regio' }),
    ).toBeVisible();
    expect(screen.getByRole('status')).toHaveTextContent(
      'Weergave als Exodus Demo-regio — alleen-lezen',
    );
    expect(screen.getByText('Deze organisatie kan dit dossier niet zien.')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Persoon' })).not.toBeInTheDocument();
  });

  it('asks for an agency before opening the preview', async () => {
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(director),
        caseFound(caseDetail()),
        agenciesAnswer([AGENCIES.ggz]),
        noConsents(),
      ],
      route: `/dossiers/${CASE_ID}`,
    });
    const section = await screen.findByRole('region', { name: 'Bekijk als partner' });
    await user.click(within(section).getByRole('button', { name: 'Bekijk als deze organisatie' }));

    expect(within(section).getByLabelText('Organisatie')).toHaveAccessibleDescription(
      'Kies een organisatie.',
    );
    expect(within(section).getByLabelText('Organisatie')).toHaveFocus();
    expect(requests.map((r) => r.operationName)).not.toContain('CaseAsAgency');
  });

  it('is not offered to an ordinary professional, nor reachable by address', async () => {
    const member = me({ roles: ['MEMBER'] });
    renderApp({
      mocks: [meSignedIn(member), caseFound(caseDetail()), noConsents()],
      route: `/dossiers/${CASE_ID}`,
    });
    await screen.findByRole('heading', { level: 1, name: 'Dossier ZVH-2026-001' });
    expect(screen.queryByRole('region', { name: 'Bekijk als partner' })).not.toBeInTheDocument();

    renderApp({
      mocks: [meSignedIn(member)],
      route: `/dossiers/${CASE_ID}/bekijk-als/${AGENCIES.ggz.id}`,
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  });
});
