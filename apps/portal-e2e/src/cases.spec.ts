import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, openCaseSection, USERS, watchConsole } from './support';

/*
 * Dossiers, "bekijk als" and the covenant against the real API and its demo region
 * (apps/api/src/demo): Kevin Voorbeeld's case ZVH-2026-001 has police, probation (casusregisseur),
 * wijkteam, GGZ, OM and the housing corporation as participants, a POLICE item with a shareable
 * summary and a CARE item; Sandra Testmans' ZVH-2026-002 has a conflict-of-duties decision that
 * lets the police read CARE. The covenant test runs last: it changes the covenant and restores it.
 */

/** Any demo user, including ones support.ts does not list. */
interface User {
  email: string;
  name: string;
}

const GGZ: User = { email: 'ggz@ggz.demo.example', name: 'Noor Jansen' };

const POLICE_TEXT = 'Drie winkeldiefstallen en één bedreiging van een buurman';
const POLICE_SUMMARY = 'Recente incidenten in de wijk; politie is betrokken.';
const CARE_TEXT = 'Diagnose en behandelplan bij de GGZ';
const WITHHELD = /Afgeschermd\s*:?\s*geen toegang onder het convenant/;

async function signIn(page: Page, user: User): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${user.name}`);
}

async function openCaseList(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Dossiers' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossiers');
  await expect(page.getByRole('status').filter({ hasText: /^Pagina 1/ })).toBeVisible();
}

async function openCase(page: Page, reference: string): Promise<void> {
  await openCaseList(page);
  await page.getByRole('link', { name: reference, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dossier ${reference}`);
  await openCaseSection(page, 'Informatie');
}

const category = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The value next to a label in the person or case details. */
const detail = (page: Page, label: string) =>
  page
    .locator('dt', { hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]');

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function pageAs(browser: Browser, user: User): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

test('the wijkagent lists the cases of the police, filters them, and sees police information in full and care information withheld', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await signIn(page, USERS.wijkagent);
  await openCaseList(page);

  const table = page.getByRole('table', { name: 'Dossiers, pagina 1' });
  const references = table.getByRole('rowheader');
  // Police take part in 001, 002 and 004; not in 003, and no longer in the closed 2025-017. The
  // list is newest change first, and other specs change cases: the set is what counts here.
  await expect(references).toHaveCount(3);
  expect((await references.allTextContents()).sort()).toEqual([
    'ZVH-2026-001',
    'ZVH-2026-002',
    'ZVH-2026-004',
  ]);
  await expect(table.getByRole('row', { name: /ZVH-2026-001/ })).toContainText(
    'Kevin VoorbeeldVeelplegerActiefReclassering Nederland, unit Demo-regio',
  );
  await expectAccessible(page, 'case list of the wijkagent');

  // Filters work with the keyboard and live in the URL.
  await page.getByLabel('Status').selectOption({ label: 'Aangemeld' });
  await page.getByRole('button', { name: 'Filter toepassen' }).press('Enter');
  await expect(page).toHaveURL(/\/dossiers\?status=REFERRED$/);
  await expect(references).toHaveText(['ZVH-2026-004']);
  await page.reload();
  await expect(page.getByLabel('Status')).toHaveValue('REFERRED');
  await expect(references).toHaveText(['ZVH-2026-004']);
  await page.getByRole('link', { name: 'Filters wissen' }).click();
  await expect(references).toHaveCount(3);

  await page.getByRole('link', { name: 'ZVH-2026-001', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier ZVH-2026-001');
  await openCaseSection(page, 'Informatie');
  await expect(page).toHaveTitle('Dossier ZVH-2026-001 — Schakel');
  await expect(detail(page, 'Naam')).toHaveText('Kevin Voorbeeld');
  await expect(detail(page, 'BSN')).toHaveText('900001008');
  await expect(detail(page, 'Wijk')).toHaveText('Noord');
  await expect(category(page, 'Politie')).toContainText(POLICE_TEXT);
  await expect(category(page, 'Politie')).toContainText('Wpg art. 16');
  await expect(category(page, 'Zorg')).toContainText(WITHHELD);
  await expect(category(page, 'Zorg')).not.toContainText(CARE_TEXT);
  await expect(category(page, 'Sociaal domein')).toContainText(WITHHELD);
  await openCaseSection(page, 'Deelnemers');
  await expect(page.getByRole('region', { name: 'Deelnemers' })).toContainText('GGZ Demoland');
  await expect(page.getByText('Geopend met de doorbreekprocedure')).toHaveCount(0);
  await expectAccessible(page, 'case ZVH-2026-001 as the wijkagent');

  // In Sandra's case a conflict-of-duties decision lets the police read CARE.
  await openCase(page, 'ZVH-2026-002');
  await expect(category(page, 'Zorg')).toContainText('Veiligheidsplan opgesteld');
  await expect(category(page, 'Zorg')).toContainText(
    'Zichtbaar op basis van: een besluit over conflict van plichten',
  );
  await expectAccessible(page, 'case ZVH-2026-002 as the wijkagent');
  expect(problems).toEqual([]);
});

test('on a 375 px phone the list shows cards and the case reads top to bottom', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, USERS.wijkagent);
  await openCaseList(page);

  // Cards instead of a wide table: the case number with the person's name, nothing sideways.
  const cards = page.getByRole('list', { name: 'Dossiers, pagina 1' }).getByRole('listitem');
  await expect(cards).toHaveCount(3);
  await expect(cards.filter({ hasText: 'ZVH-2026-001' })).toContainText(
    'ZVH-2026-001Kevin Voorbeeld',
  );
  await expect(page.getByRole('table')).toBeHidden();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'case list at 375 px');

  await page.getByRole('link', { name: 'ZVH-2026-001', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier ZVH-2026-001');
  await openCaseSection(page, 'Informatie');
  await expect(category(page, 'Zorg')).toContainText(WITHHELD);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'case ZVH-2026-001 at 375 px');
});

test('opening the case list cold: the early script asks for Me and the cases once, and the shell uses its answers', async ({
  page,
}) => {
  await signIn(page, USERS.wijkagent);
  // A reload of /dossiers: the early script (index.html's first script) sends Me and Cases;
  // the shell's own first Me and Cases are answered by them instead of being sent again.
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql') && request.method() === 'POST') {
      const name = /"operationName":"(\w+)"/.exec(request.postData() ?? '')?.[1];
      if (name) sent.push(name);
    }
  });
  await page.goto('/dossiers');
  await expect(
    page.getByRole('table').getByRole('link', { name: 'ZVH-2026-001', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossiers');
  expect(sent.filter((name) => name === 'Me')).toHaveLength(1);
  expect(sent.filter((name) => name === 'Cases')).toHaveLength(1);
  // Both were sent by the early script, and its answers were taken by the shell.
  const early = () =>
    page.evaluate(() => {
      const state = (
        window as unknown as { __schakelEarlyRequests?: { requests: { operationName: string }[] } }
      ).__schakelEarlyRequests;
      return state ? state.requests.map((r) => r.operationName) : null;
    });
  expect(await early()).toEqual([]);

  // A privacy officer on the same address: Me only, no refused read of the case list.
  const officer = await page.context().browser()!.newPage();
  const officerSent: string[] = [];
  officer.on('request', (request) => {
    const name = /"operationName":"(\w+)"/.exec(request.postData() ?? '')?.[1];
    if (name) officerSent.push(name);
  });
  await officer.goto('/inloggen');
  await officer.getByLabel('E-mailadres').fill('privacy@zvh.demo.example');
  await officer.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await officer.getByRole('button', { name: 'Inloggen' }).click();
  await expect(officer.getByRole('heading', { level: 1 })).toHaveText(/^Welkom/);
  officerSent.length = 0;
  await officer.goto('/dossiers');
  await expect(officer.getByRole('heading', { level: 1 })).toBeVisible();
  expect(officerSent).not.toContain('Cases');
  expect(officerSent).toContain('Me');
  await officer.close();
});

test('a GGZ professional sees the opposite: care in full, police only as the shareable summary, no BSN', async ({
  page,
}) => {
  await signIn(page, GGZ);
  await openCaseList(page);
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['ZVH-2026-001']);

  await page.getByRole('link', { name: 'ZVH-2026-001', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier ZVH-2026-001');
  await openCaseSection(page, 'Informatie');
  await expect(category(page, 'Zorg')).toContainText(CARE_TEXT);
  const police = category(page, 'Politie');
  await expect(police.getByText('Samenvatting', { exact: true })).toBeVisible();
  await expect(police).toContainText(POLICE_SUMMARY);
  await expect(police).not.toContainText(POLICE_TEXT);
  await expect(detail(page, 'BSN')).toContainText(WITHHELD);
  await expect(category(page, 'Justitie')).toContainText(WITHHELD);
  await expectAccessible(page, 'case ZVH-2026-001 as GGZ');

  await page.setViewportSize({ width: 375, height: 740 });
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'case ZVH-2026-001 as GGZ at 375 px');
});

test('a wijkteam professional adds information in a category the covenant lets the wijkteam write', async ({
  page,
}) => {
  await signIn(page, USERS.wijkteam);
  await openCase(page, 'ZVH-2026-001');
  // The client's consent lets the wijkteam read CARE in this case.
  await expect(category(page, 'Zorg')).toContainText(CARE_TEXT);
  await expect(category(page, 'Zorg')).toContainText('toestemming van de betrokkene');
  await expectAccessible(page, 'case ZVH-2026-001 as the wijkteam');

  const toggle = page.getByRole('button', { name: 'Informatie toevoegen' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const categorySelect = page.getByLabel('Categorie', { exact: true });
  await expect(categorySelect.getByRole('option')).toHaveText([
    'Kies een categorie',
    'Identiteit',
    'BSN',
    'Sociaal domein',
    'Veiligheid',
    'Plan van aanpak',
  ]);

  await page.getByLabel('Wettelijke grondslag').fill('Wmo');
  await page.getByRole('button', { name: 'Informatie vastleggen' }).click();
  await expect(categorySelect).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('De informatie is niet vastgelegd.');
  await expect(page.getByRole('alert')).toContainText('Vul de tekst in.');
  await expect(page.getByLabel('Wettelijke grondslag')).toHaveValue('Wmo');
  await expectAccessible(page, 'add-information form with errors');

  await categorySelect.selectOption({ label: 'Sociaal domein' });
  await page
    .getByLabel('Tekst', { exact: true })
    .fill('Schuldhulpverlening gestart; eerste gesprek gepland.');
  await page.getByLabel('Wettelijke grondslag').fill('Wmo 2015; Participatiewet');
  await page.getByRole('button', { name: 'Informatie vastleggen' }).click();
  await expect(page.getByText('De informatie is vastgelegd onder Sociaal domein.')).toBeVisible();
  await expect(category(page, 'Sociaal domein')).toContainText(
    'Schuldhulpverlening gestart; eerste gesprek gepland.',
  );
  await expect(category(page, 'Sociaal domein')).toContainText('Wijkteam Demostad-Noord');
  await expect(page.getByLabel('Tekst', { exact: true })).toHaveValue('');
});

test('the procesregisseur views the case as another agency: its shape, content only where the director reads it too', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await signIn(page, USERS.procesregisseur);
  await openCase(page, 'ZVH-2026-001');
  await expect(category(page, 'Politie')).toContainText(POLICE_TEXT);
  await expectAccessible(page, 'case ZVH-2026-001 as the procesregisseur');

  await openCaseSection(page, 'Deelnemers');
  const viewAs = page.getByRole('region', { name: 'Bekijk als partner' });
  await viewAs.getByLabel('Organisatie').selectOption({ label: 'GGZ Demoland' });
  await viewAs.getByRole('button', { name: 'Bekijk als deze organisatie' }).click();

  await expect(page.getByText('Weergave als GGZ Demoland — alleen-lezen')).toBeVisible();
  await expect(page).toHaveTitle('Weergave als GGZ Demoland — Schakel');
  const table = page.getByRole('table', {
    name: 'Wat GGZ Demoland per categorie zou zien, en wat u daarvan ziet',
  });
  const row = (name: string) =>
    table.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  // The GGZ reads CARE in full; the director's own view withholds it, so neither does the preview.
  await expect(row('Zorg')).toContainText(
    'Zichtbaar voor GGZ Demoland, op grond van het convenant',
  );
  await expect(row('Zorg')).toContainText('Zichtbaar voor GGZ Demoland, niet voor u');
  await expect(row('Politie')).toContainText('Alleen samenvatting voor GGZ Demoland');
  await expect(row('BSN')).toContainText('Afgeschermd voor GGZ Demoland');
  const items = page.getByRole('region', { name: 'Items die GGZ Demoland zou zien' });
  await expect(items).toContainText(POLICE_SUMMARY);
  await expect(page.locator('body')).not.toContainText(POLICE_TEXT);
  await expect(page.locator('body')).not.toContainText(CARE_TEXT);
  await expect(page.getByRole('button', { name: 'Informatie toevoegen' })).toHaveCount(0);
  await expectAccessible(page, 'case viewed as GGZ');

  // Exodus takes no part in Kevin's case.
  await page
    .getByRole('region', { name: 'Bekijk als partner' })
    .getByLabel('Organisatie')
    .selectOption({
      label: 'Exodus Demo-regio',
    });
  await page.getByRole('button', { name: 'Bekijk als deze organisatie' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Weergave als Exodus Demo-regio',
  );
  await expect(
    page.getByText(
      'Exodus Demo-regio kan dit dossier niet zien: de organisatie neemt niet deel aan het dossier.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Persoon' })).toHaveCount(0);
  await expectAccessible(page, 'case viewed as Exodus');

  // Back in the own view, nothing of the preview has stuck.
  await page.getByRole('link', { name: 'Terug naar uw eigen weergave' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier ZVH-2026-001');
  await openCaseSection(page, 'Informatie');
  await expect(category(page, 'Politie')).toContainText(POLICE_TEXT);
  await expect(detail(page, 'BSN')).toHaveText('900001008');
  expect(problems).toEqual([]);
});

test('the privacy officer reads the covenant but cannot change it, and has no case list', async ({
  page,
}) => {
  await signIn(page, USERS.privacy);
  const navigation = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(navigation.getByRole('link', { name: 'Dossiers' })).toHaveCount(0);
  await navigation.getByRole('link', { name: 'Convenant' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Convenant');
  await expect(page.getByRole('table', { name: /versie 1/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Convenant wijzigen' })).toHaveCount(0);
  await expectAccessible(page, 'covenant for the privacy officer');

  // On a phone the matrix scrolls inside its own region; the page itself does not.
  await page.setViewportSize({ width: 375, height: 740 });
  await expect(page.getByRole('region', { name: /versie 1/ })).toHaveAttribute('tabindex', '0');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'covenant at 375 px');
});

test('the functional administrator sees the covenant matrix, no dossiers, and proposes a change that applies once the privacy officer approves it', async ({
  page,
  browser,
}) => {
  // Three people in three browsers (administrator, privacy officer, care professional).
  test.slow();
  const problems = watchConsole(page);
  await signIn(page, USERS.beheer);
  const navigation = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(navigation.getByRole('link')).toHaveText([
    'Start',
    'Bewaartermijnen',
    'Convenant',
    'Organisaties',
    'Single sign-on',
    'Instellingen',
    'Wijken',
    'Gebiedsteams',
    'Mijn account',
  ]);
  await page.goto('/dossiers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Geen toegang');
  await expectAccessible(page, 'the case list refused to the functional administrator');

  await page.goto('/');
  await page.getByRole('link', { name: 'Het convenant bekijken en wijzigen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Convenant');
  await expect(
    page.getByText(/^Versie 1, vastgesteld op .* door Schakel \(standaardconvenant\)\.$/),
  ).toBeVisible();
  const matrix = page.getByRole('table', {
    name: 'Wat elke soort organisatie mag, per categorie (versie 1)',
  });
  const careRow = matrix.getByRole('row', { name: /^Zorg / });
  // Columns: agency type, Identiteit, BSN, Politie, …
  await expect(careRow.getByRole('cell').nth(2)).toHaveText('samenvatting');
  await expect(careRow.getByRole('cell').nth(5)).toHaveText('lezen schrijven');
  await expect(careRow.getByRole('cell').nth(1)).toHaveText('—Geen toegang');
  await expectAccessible(page, 'covenant for the functional administrator');

  // Care no longer sees the police summary: proposed by the administrator…
  await page.getByRole('button', { name: 'Convenant wijzigen' }).click();
  // Nothing above the legal ceiling can be chosen: the municipality never reads CARE.
  await expect(
    page
      .getByRole('combobox', { name: 'Gemeente, Zorg' })
      .getByRole('option', { name: 'Lezen (niet toegestaan door de wet)' }),
  ).toBeDisabled();
  const cell = page.getByRole('combobox', { name: 'Zorg, Politie' });
  await expect(cell).toHaveValue('SUMMARY');
  await cell.selectOption({ label: 'Geen' });
  await expect(page.getByText('1 cel gewijzigd.')).toBeVisible();
  await expect(page.getByText('Let op: deze wijziging raakt gevoelige gegevens')).toBeVisible();
  await page.getByRole('button', { name: 'Wijziging voorstellen' }).click();
  await expect(page.getByRole('alert')).toContainText('Vul een toelichting in.');
  await expect(page.getByLabel('Toelichting bij deze wijziging')).toBeFocused();
  await expectAccessible(page, 'covenant editor with an error');
  await page
    .getByLabel('Toelichting bij deze wijziging')
    .fill('Zorg ziet geen politiesamenvatting meer');
  await page.getByRole('button', { name: 'Wijziging voorstellen' }).click();
  await expect(
    page.getByText(
      'Uw voorstel is ingediend. Het geldt pas als een privacyfunctionaris het goedkeurt.',
    ),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /\(versie 1\)/ })).toBeVisible();
  const proposals = page.getByRole('region', { name: 'Voorstellen tot wijziging' });
  await expect(proposals.getByRole('article').first()).toContainText('Wacht op goedkeuring');
  await expectAccessible(page, 'covenant with a pending proposal');

  // …which changes nothing for care until it is approved…
  const care = await pageAs(browser, GGZ);
  await openCase(care, 'ZVH-2026-001');
  await expect(category(care, 'Politie')).toContainText(POLICE_SUMMARY);

  // …by the privacy officer, after which the very next request is decided by version 2.
  const privacy = await pageAs(browser, USERS.privacy);
  const approve = async (reason: string) => {
    await privacy.goto('/convenant');
    const pending = privacy
      .getByRole('region', { name: 'Voorstellen tot wijziging' })
      .getByRole('article')
      .first();
    await expect(pending).toContainText('Wacht op goedkeuring');
    await pending.getByLabel('Toelichting bij uw besluit').fill(reason);
    await pending.getByRole('button', { name: 'Goedkeuren' }).click();
  };
  await approve('Past binnen de wet');
  await expect(privacy.getByText('Het voorstel is goedgekeurd. Versie 2 geldt nu.')).toBeVisible();
  await expectAccessible(privacy, 'covenant proposal approved by the privacy officer');
  await care.reload();
  await expect(category(care, 'Politie')).toContainText(WITHHELD);
  await expect(category(care, 'Politie')).not.toContainText(POLICE_SUMMARY);

  await page.reload();
  await expect(page.getByRole('table', { name: /\(versie 2\)/ })).toBeVisible();
  const history = page.getByRole('region', { name: 'Versies' });
  await expect(history.getByRole('listitem').first()).toContainText('Versie 2geldt nu');
  await expect(history.getByRole('listitem').first()).toContainText(USERS.beheer.name);
  await expect(history.getByRole('listitem').first()).toContainText(
    `goedgekeurd door ${USERS.privacy.name}`,
  );

  // Put it back, as version 3, so the covenant is the default again for whoever comes next.
  await page.getByRole('button', { name: 'Convenant wijzigen' }).click();
  await page
    .getByRole('combobox', { name: 'Zorg, Politie' })
    .selectOption({ label: 'Samenvatting' });
  await page.getByLabel('Toelichting bij deze wijziging').fill('Terug naar het standaardconvenant');
  await page.getByRole('button', { name: 'Wijziging voorstellen' }).click();
  await expect(page.getByText('Uw voorstel is ingediend.', { exact: false })).toBeVisible();
  await approve('Terug naar de standaard');
  await expect(privacy.getByText('Het voorstel is goedgekeurd. Versie 3 geldt nu.')).toBeVisible();
  await privacy.context().close();
  await page.reload();
  await expect(history.getByRole('listitem')).toHaveCount(3);

  await care.reload();
  await expect(category(care, 'Politie')).toContainText(POLICE_SUMMARY);
  await care.context().close();

  // An earlier version stays readable, read-only.
  await history.getByRole('link', { name: 'Bekijk versie 2' }).click();
  await expect(
    page.getByText('U bekijkt versie 2. Dit is niet de versie die nu geldt.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Convenant wijzigen' })).toHaveCount(0);
  await expectAccessible(page, 'an earlier covenant version');
  expect(problems).toEqual([]);
});
