import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import {
  addItemFails,
  addItemSucceeds,
  AGENCIES,
  CASE_ID,
  caseDetail,
  caseFails,
  caseFound,
  categoryAccess,
  item,
  noConsents,
  withheld,
} from '../../../test/caseFixtures';
import { me, meSignedIn } from '../../../test/sessionFixtures';

const police = me({ agencyName: 'Politie basisteam Demostad', agencyType: 'POLICE' });
// The Informatie section (the page opens with only the summary and the section links).
const route = `/dossiers/${CASE_ID}?sectie=informatie`;

/** The section of one information category, found by its heading. */
const category = (name: string) => screen.getByRole('region', { name });

function valueOf(label: string): HTMLElement {
  const term = screen.getByText(label, { selector: 'dt' });
  const value = term.nextElementSibling;
  if (!(value instanceof HTMLElement)) throw new Error(`no value for ${label}`);
  return value;
}

describe('CaseDetail', () => {
  it('shows the person, the case and every category as the API returns them', async () => {
    const { user } = renderApp({
      mocks: [meSignedIn(police), caseFound(caseDetail()), noConsents()],
      route,
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dossier ZVH-2026-001' }),
    ).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Dossier ZVH-2026-001 — Schakel'));
    expect(valueOf('Naam')).toHaveTextContent('Kevin Voorbeeld');
    expect(valueOf('Geboortedatum')).toHaveTextContent('12 maart 1994');
    expect(valueOf('BSN')).toHaveTextContent('900001008');
    expect(valueOf('Adres')).toHaveTextContent('Proefstraat 12, 9999AA Demostad');
    expect(valueOf('Wijk')).toHaveTextContent('Noord');
    // In the summary at the top and in the case details alike.
    const lead = screen.getAllByText('Casusregisseur', { selector: 'dt' });
    expect(lead).toHaveLength(2);
    for (const term of lead) {
      expect(term.nextElementSibling).toHaveTextContent(
        'Reclassering Nederland, unit Demo-regio (Esra Yilmaz)',
      );
    }
    expect(screen.getByRole('region', { name: 'In het kort' })).toHaveTextContent(
      'PersoonKevin Voorbeeld · 12 maart 1994',
    );
    expect(
      within(category('Politie')).getByText(
        'Drie winkeldiefstallen en één bedreiging van een buurman.',
      ),
    ).toBeVisible();
    expect(category('Politie')).toHaveTextContent('BronPolitie basisteam Demostad');
    expect(category('Politie')).toHaveTextContent('GrondslagWpg art. 16');
    expect(category('Politie')).toHaveTextContent('Datum2 maart 2026');
    expect(category('Justitie')).toHaveTextContent('Geen informatie vastgelegd.');
    await user.click(screen.getByRole('link', { name: 'Deelnemers' }));
    expect(await screen.findByRole('region', { name: 'Deelnemers' })).toHaveTextContent(
      'Politie basisteam DemostadAanmelderNeemt deel',
    );
  });

  it('says "Afgeschermd" for withheld values and categories, never leaving them empty', async () => {
    const careWorker = me({ agencyName: 'GGZ Demoland', agencyType: 'CARE' });
    const asCare = caseDetail({
      subject: { ...caseDetail().subject, bsn: withheld('BSN') },
      categoryAccess: [categoryAccess('CARE', 'FULL'), categoryAccess('JUSTICE', 'WITHHELD')],
      informationItems: [],
    });
    renderApp({ mocks: [meSignedIn(careWorker), caseFound(asCare), noConsents()], route });
    await screen.findByRole('heading', { level: 1, name: 'Dossier ZVH-2026-001' });

    const bsn = valueOf('BSN');
    expect(bsn).toHaveTextContent('Afgeschermd: geen toegang onder het convenant');
    expect(bsn).not.toHaveTextContent('900001008');
    expect(category('Justitie')).toHaveTextContent('Afgeschermd: geen toegang onder het convenant');
    // A category the API says nothing about counts as withheld, not as empty.
    expect(category('Reclassering')).toHaveTextContent('Afgeschermd');
    expect(category('Zorg')).toHaveTextContent('Geen informatie vastgelegd.');
    expect(category('Zorg')).not.toHaveTextContent('Afgeschermd');
  });

  it("withholds a participant's reason it may not read with a marker, and names the category of one it may", async () => {
    const housing = me({ agencyName: 'Woonstichting Demohuis', agencyType: 'HOUSING' });
    const asHousing = caseDetail({
      participants: [
        {
          ...caseDetail().participants[0]!,
          reason: null,
          reasonAccess: 'WITHHELD',
          reasonCategories: [],
        },
        {
          ...caseDetail().participants[0]!,
          id: 'participant-wijkteam',
          role: 'PARTNER',
          reason: 'Ketenpartner na de triage',
          reasonAccess: 'FULL',
          reasonCategories: ['PLAN'],
          agency: AGENCIES.wijkteam,
        },
      ],
    });
    renderApp({
      mocks: [meSignedIn(housing), caseFound(asHousing), noConsents()],
      route: `/dossiers/${CASE_ID}?sectie=deelnemers`,
    });
    await screen.findByRole('heading', { level: 1, name: 'Dossier ZVH-2026-001' });

    const [referrer, partner] = within(
      screen.getByRole('region', { name: 'Deelnemers' }),
    ).getAllByRole('listitem');
    const reasonOf = (entry: HTMLElement) =>
      within(entry).getByText('Reden', { selector: 'dt' }).nextElementSibling;
    expect(reasonOf(referrer!)).toHaveTextContent('Afgeschermd: geen toegang onder het convenant');
    expect(reasonOf(referrer!)).not.toHaveTextContent('veelpleger');
    expect(reasonOf(partner!)).toHaveTextContent(
      'Ketenpartner na de triage (categorie: Plan van aanpak)',
    );
  });

  it('labels a summary-only item "Samenvatting" and shows only the shareable summary', async () => {
    const asCare = caseDetail({
      categoryAccess: [categoryAccess('POLICE', 'SUMMARY')],
      informationItems: [
        item({
          category: 'POLICE',
          access: 'SUMMARY',
          text: null,
          summary: 'Recente incidenten in de wijk; politie is betrokken.',
        }),
      ],
    });
    renderApp({ mocks: [meSignedIn(police), caseFound(asCare), noConsents()], route });
    await screen.findByRole('heading', { level: 1, name: 'Dossier ZVH-2026-001' });

    const section = category('Politie');
    expect(within(section).getByText('Samenvatting')).toBeVisible();
    expect(section).toHaveTextContent(
      'Samenvatting: Recente incidenten in de wijk; politie is betrokken.',
    );
    expect(section).toHaveTextContent(
      'alleen samenvattingen die de bron als deelbaar heeft gemarkeerd',
    );
    expect(section).not.toHaveTextContent('winkeldiefstallen');
  });

  it('says on what basis an exception makes a category visible', async () => {
    const withConsent = caseDetail({
      categoryAccess: [categoryAccess('CARE', 'FULL', { accessBasis: 'CONSENT' })],
      informationItems: [
        item({
          category: 'CARE',
          accessBasis: 'CONSENT',
          sourceAgency: AGENCIES.ggz,
          text: 'Ambulante behandeling twee keer per week.',
        }),
      ],
    });
    renderApp({ mocks: [meSignedIn(police), caseFound(withConsent), noConsents()], route });
    await screen.findByRole('heading', { level: 1, name: 'Dossier ZVH-2026-001' });

    expect(category('Zorg')).toHaveTextContent(
      'Zichtbaar op basis van: toestemming van de betrokkene',
    );
  });

  it('warns clearly when the case was opened with break-the-glass', async () => {
    const director = me({ roles: ['MEMBER', 'PROCESREGISSEUR'], agencyType: 'ZVH' });
    renderApp({
      mocks: [
        meSignedIn(director),
        caseFound(caseDetail({ accessBasis: 'BREAK_GLASS', readOnly: true })),
        noConsents(),
      ],
      route,
    });

    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Geopend met de doorbreekprocedure');
    expect(banner).toHaveTextContent('wordt door de privacyfunctionaris beoordeeld');
    expect(valueOf('Toegang op basis van')).toHaveTextContent('De doorbreekprocedure');
    expect(screen.queryByRole('button', { name: 'Informatie toevoegen' })).not.toBeInTheDocument();
  });

  it('shows no break-the-glass warning for an ordinary case', async () => {
    renderApp({ mocks: [meSignedIn(police), caseFound(caseDetail()), noConsents()], route });
    await screen.findByRole('heading', { level: 1, name: 'Dossier ZVH-2026-001' });

    expect(screen.queryByText('Geopend met de doorbreekprocedure')).not.toBeInTheDocument();
    expect(valueOf('Toegang op basis van')).toHaveTextContent('Het convenant');
  });

  it('says a case is not there without telling whether it exists', async () => {
    renderApp({ mocks: [meSignedIn(police), caseFails(CASE_ID, 'NOT_FOUND')], route });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Dossier niet gevonden' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Terug naar de dossiers' })).toHaveAttribute(
      'href',
      '/dossiers',
    );
  });

  it('tells administrators the page is not for their role, without asking the API', async () => {
    const { requests } = renderApp({
      mocks: [meSignedIn(me({ roles: ['FUNCTIONAL_ADMIN'] }))],
      route,
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
    expect(requests.map((request) => request.operationName)).toEqual(['Me']);
  });
});

describe('adding information', () => {
  const input = {
    caseId: CASE_ID,
    category: 'SAFETY' as const,
    text: 'Hond op het erf.',
    legalBasis: 'Zwaarwegend belang',
  };

  async function openForm(user: ReturnType<typeof renderApp>['user']) {
    await user.click(await screen.findByRole('button', { name: 'Informatie toevoegen' }));
    return screen.getByLabelText('Categorie');
  }

  it('offers only the categories the covenant lets the agency write', async () => {
    const { user } = renderApp({
      mocks: [meSignedIn(police), caseFound(caseDetail()), noConsents()],
      route,
    });
    const select = await openForm(user);

    const options = within(select)
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual([
      'Kies een categorie',
      'Identiteit',
      'BSN',
      'Politie',
      'Veiligheid',
      'Plan van aanpak',
    ]);
  });

  it('asks for what is missing without calling the API, starting at the first field', async () => {
    const { user, requests } = renderApp({
      mocks: [meSignedIn(police), caseFound(caseDetail()), noConsents()],
      route,
    });
    await openForm(user);
    await user.type(screen.getByLabelText('Wettelijke grondslag'), 'ab');
    await user.click(screen.getByRole('button', { name: 'Informatie vastleggen' }));

    expect(screen.getByLabelText('Categorie')).toHaveFocus();
    expect(screen.getByLabelText('Categorie')).toHaveAccessibleDescription('Kies een categorie.');
    expect(screen.getByLabelText('Tekst')).toHaveAccessibleDescription(
      'Vul de tekst in. Alleen wat de partners nodig hebben, hoogstens 10000 tekens.',
    );
    expect(screen.getByLabelText('Wettelijke grondslag')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('De informatie is niet vastgelegd.');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'De grondslag moet 3 tot 500 tekens lang zijn.',
    );
    expect(screen.getByLabelText('Wettelijke grondslag')).toHaveValue('ab');
    expect(requests.map((request) => request.operationName)).not.toContain('AddInformationItem');
  });

  it('translates a refusal by the API, puts it at the category and keeps the input', async () => {
    const { user } = renderApp({
      mocks: [
        meSignedIn(police),
        caseFound(caseDetail()),
        noConsents(),
        addItemFails('FORBIDDEN', 'category'),
      ],
      route,
    });
    await openForm(user);
    await user.selectOptions(screen.getByLabelText('Categorie'), 'Veiligheid');
    await user.type(screen.getByLabelText('Tekst'), input.text);
    await user.type(screen.getByLabelText('Wettelijke grondslag'), input.legalBasis);
    await user.click(screen.getByRole('button', { name: 'Informatie vastleggen' }));

    await waitFor(() =>
      expect(screen.getByLabelText('Categorie')).toHaveAccessibleDescription(
        'Uw organisatie mag in deze categorie geen informatie vastleggen onder het convenant.',
      ),
    );
    expect(screen.getByLabelText('Categorie')).toHaveFocus();
    expect(screen.getByLabelText('Tekst')).toHaveValue(input.text);
    expect(screen.getByLabelText('Wettelijke grondslag')).toHaveValue(input.legalBasis);
  });

  it('explains a case changed in the meantime, in English when English was chosen', async () => {
    const { user } = renderApp({
      mocks: [meSignedIn(police), caseFound(caseDetail()), noConsents(), addItemFails('CONFLICT')],
      route,
      locale: 'en',
    });
    await user.click(await screen.findByRole('button', { name: 'Add information' }));
    await user.selectOptions(screen.getByLabelText('Category'), 'Safety');
    await user.type(screen.getByLabelText('Text'), input.text);
    await user.type(screen.getByLabelText('Legal basis'), input.legalBasis);
    await user.click(screen.getByRole('button', { name: 'Record information' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The information has not been recorded.');
    expect(alert).toHaveTextContent('Someone else changed this information in the meantime.');
  });

  it('records the item and shows the case again as the API now returns it', async () => {
    const after = caseDetail({
      informationItems: [
        item({
          category: 'SAFETY',
          id: 'item-new',
          text: input.text,
          legalBasis: input.legalBasis,
        }),
        ...caseDetail().informationItems,
      ],
    });
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(police),
        caseFound(caseDetail()),
        noConsents(),
        addItemSucceeds(input),
        caseFound(after),
      ],
      route,
    });
    await openForm(user);
    await user.selectOptions(screen.getByLabelText('Categorie'), 'Veiligheid');
    await user.type(screen.getByLabelText('Tekst'), `  ${input.text} `);
    await user.type(screen.getByLabelText('Wettelijke grondslag'), input.legalBasis);
    await user.click(screen.getByRole('button', { name: 'Informatie vastleggen' }));

    await waitFor(() => expect(within(category('Veiligheid')).getByText(input.text)).toBeVisible());
    expect(screen.getByText('De informatie is vastgelegd onder Veiligheid.')).toBeVisible();
    expect(screen.getByLabelText('Tekst')).toHaveValue('');
    const sent = requests.find((request) => request.operationName === 'AddInformationItem');
    expect(sent?.variables).toEqual({ input });
    expect(sent?.headers['x-csrf-token']).toBe('csrf-from-me');
  });

  it('offers no form on a closed or read-only case', async () => {
    renderApp({
      mocks: [
        meSignedIn(police),
        caseFound(caseDetail({ status: 'CLOSED', readOnly: true })),
        noConsents(),
      ],
      route,
    });
    await screen.findByRole('heading', { level: 1, name: 'Dossier ZVH-2026-001' });

    expect(
      screen.getByText('Dit dossier is afgesloten en kan niet meer worden gewijzigd.'),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Informatie toevoegen' })).not.toBeInTheDocument();
  });
});
