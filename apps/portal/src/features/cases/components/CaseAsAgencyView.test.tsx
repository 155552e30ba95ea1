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
  noConsents,
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

const privacyOfficer = me({
  displayName: 'Pim de Vries',
  roles: ['PRIVACY_OFFICER'],
  agencyName: AGENCIES.zvh.name,
  agencyType: 'ZVH',
});

const marked = (
  targetAccess: 'FULL' | 'SUMMARY' | 'WITHHELD',
  access: 'FULL' | 'SUMMARY' | 'WITHHELD' | 'VISIBLE_TO_TARGET_ONLY',
  why: { targetBasis?: 'COVENANT' | 'CONSENT'; withheldBecause?: 'NOT_GRANTED' } = {},
) => ({
  targetAccess,
  access,
  targetBasis: targetAccess === 'WITHHELD' ? null : (why.targetBasis ?? 'COVENANT'),
  withheldBecause: targetAccess === 'WITHHELD' ? (why.withheldBecause ?? 'NOT_GRANTED') : null,
});
const field = (
  name: 'FAMILY_NAME' | 'BSN',
  value: string | null,
  shape: ReturnType<typeof marked>,
) => ({
  __typename: 'PreviewValue' as const,
  field: name,
  category: name === 'BSN' ? ('BSN' as const) : ('IDENTITY' as const),
  value,
  ...shape,
});
const category = (
  name: 'POLICE' | 'CARE' | 'BSN',
  itemCount: number,
  shape: ReturnType<typeof marked>,
) => ({ __typename: 'PreviewCategory' as const, category: name, itemCount, ...shape });
const previewItem = (
  id: string,
  name: 'POLICE' | 'CARE',
  content: { text: string | null; summary: string | null },
  shape: ReturnType<typeof marked>,
) => ({
  __typename: 'PreviewItem' as const,
  id,
  category: name,
  createdAt: '2026-03-02T10:00:00Z',
  sourceAgency: { __typename: 'Agency' as const, id: AGENCIES.ggz.id, name: AGENCIES.ggz.name },
  ...content,
  ...shape,
});

/**
 * Kevin's case previewed as GGZ by the procesregisseur: police only as a summary (which the
 * director reads too), care in full for the GGZ but not for the director, no BSN for the GGZ.
 */
const asCareForDirector = {
  subject: [
    field('FAMILY_NAME', 'Voorbeeld', marked('FULL', 'FULL')),
    field('BSN', null, marked('WITHHELD', 'WITHHELD')),
  ],
  categories: [
    category('BSN', 0, marked('WITHHELD', 'WITHHELD')),
    category('POLICE', 1, marked('SUMMARY', 'SUMMARY')),
    category('CARE', 1, marked('FULL', 'VISIBLE_TO_TARGET_ONLY')),
  ],
  items: [
    previewItem(
      'item-police',
      'POLICE',
      { text: null, summary: 'Recente incidenten in de wijk; politie is betrokken.' },
      marked('SUMMARY', 'SUMMARY'),
    ),
    previewItem(
      'item-care',
      'CARE',
      { text: null, summary: null },
      marked('FULL', 'VISIBLE_TO_TARGET_ONLY'),
    ),
  ],
};

describe('view as (bekijk als)', () => {
  it('lets the procesregisseur choose another agency and shows what it would see, with content only where the director sees it too', async () => {
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(director),
        caseFound(caseDetail()),
        agenciesAnswer([ownAgency, AGENCIES.politie, AGENCIES.ggz, AGENCIES.exodus]),
        noConsents(),
        caseAsAgencyAnswer(AGENCIES.ggz, asCareForDirector),
        agenciesAnswer([ownAgency, AGENCIES.politie, AGENCIES.ggz, AGENCIES.exodus]),
      ],
      route: `/dossiers/${CASE_ID}?sectie=deelnemers`,
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
    const table = screen.getByRole('table', {
      name: 'Wat GGZ Demoland per categorie zou zien, en wat u daarvan ziet',
    });
    const row = (name: string) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    // CARE: full for the GGZ on the covenant, not for the director: said, never shown.
    expect(row('Zorg')).toHaveTextContent(
      'Zichtbaar voor GGZ Demoland, op grond van het convenant (deelname aan het dossier)',
    );
    expect(row('Zorg')).toHaveTextContent('Zichtbaar voor GGZ Demoland, niet voor u');
    expect(row('Politie')).toHaveTextContent('Alleen samenvatting voor GGZ Demoland');
    expect(row('Politie')).toHaveTextContent('Alleen samenvatting voor u');
    expect(row('BSN')).toHaveTextContent(
      'Afgeschermd voor GGZ Demoland: het convenant geeft geen inzage, en er is geen toestemming of besluit over conflict van plichten',
    );
    const items = screen.getByRole('region', { name: 'Items die GGZ Demoland zou zien' });
    expect(items).toHaveTextContent(
      'Samenvatting: Recente incidenten in de wijk; politie is betrokken.',
    );
    const care = within(items).getByRole('heading', { level: 3, name: 'Zorg' }).closest('li')!;
    expect(care).toHaveTextContent('Zichtbaar voor GGZ Demoland, niet voor u');
    const person = screen.getByRole('region', { name: 'Persoon' });
    expect(
      within(person).getByText('Achternaam', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('Voorbeeld');
    expect(
      within(person).getByText('BSN', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('Afgeschermd voor GGZ Demoland');
    // Read-only: nothing to add, even in a category that agency could write.
    expect(screen.queryByRole('button', { name: 'Informatie toevoegen' })).not.toBeInTheDocument();
    expect(requests.find((r) => r.operationName === 'CaseAsAgency')?.variables).toEqual({
      caseId: CASE_ID,
      agencyId: AGENCIES.ggz.id,
    });
    expect(screen.getByRole('link', { name: 'Terug naar uw eigen weergave' })).toHaveAttribute(
      'href',
      `/dossiers/${CASE_ID}`,
    );
  });

  it('says when the chosen agency cannot see the case at all', async () => {
    renderApp({
      mocks: [
        meSignedIn(director),
        caseAsAgencyAnswer(AGENCIES.exodus, {
          canReadCase: false,
          targetBasis: null,
          withheldBecause: 'NOT_A_PARTICIPANT',
        }),
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
    expect(
      screen.getByText(
        'Exodus Demo-regio kan dit dossier niet zien: de organisatie neemt niet deel aan het dossier.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Persoon' })).not.toBeInTheDocument();
  });

  it('shows the privacy officer the shape only: every value "zichtbaar voor X, niet voor u"', async () => {
    renderApp({
      mocks: [
        meSignedIn(privacyOfficer),
        caseAsAgencyAnswer(AGENCIES.ggz, {
          viewerCanReadCase: false,
          subject: [field('FAMILY_NAME', null, marked('FULL', 'VISIBLE_TO_TARGET_ONLY'))],
          categories: [category('CARE', 1, marked('FULL', 'VISIBLE_TO_TARGET_ONLY'))],
          items: [
            previewItem(
              'item-care',
              'CARE',
              { text: null, summary: null },
              marked('FULL', 'VISIBLE_TO_TARGET_ONLY'),
            ),
          ],
        }),
        agenciesAnswer([AGENCIES.ggz, AGENCIES.politie]),
      ],
      route: `/dossiers/${CASE_ID}/bekijk-als/${AGENCIES.ggz.id}`,
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Weergave als GGZ Demoland' }),
    ).toBeVisible();
    expect(
      screen.getByText(
        'U hebt zelf geen toegang tot de inhoud van dit dossier. U ziet alleen de opbouw, geen inhoud.',
      ),
    ).toBeVisible();
    const person = screen.getByRole('region', { name: 'Persoon' });
    expect(
      within(person).getByText('Achternaam', { selector: 'dt' }).nextElementSibling,
    ).toHaveTextContent('Zichtbaar voor GGZ Demoland, niet voor u');
    expect(screen.getAllByText('Zichtbaar voor GGZ Demoland, niet voor u')).toHaveLength(3);
    // The officer cannot open the case itself: the way back is the home page.
    expect(screen.getByRole('link', { name: 'Terug naar de startpagina' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('asks for an agency before opening the preview', async () => {
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(director),
        caseFound(caseDetail()),
        agenciesAnswer([AGENCIES.ggz]),
        noConsents(),
      ],
      route: `/dossiers/${CASE_ID}?sectie=deelnemers`,
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
      route: `/dossiers/${CASE_ID}?sectie=deelnemers`,
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
