import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  DEMO_PASSWORD,
  expectAccessible,
  openCaseSection,
  USERS,
  watchConsole,
  type DemoUser,
} from './support';

/*
 * Issue 16 item 4: Dutch dates, and a date of birth the referrer knows only in part (as the BRP
 * records some: the year, or year and month). The wijkteam types the date as Dutch professionals
 * do, refers the person with only "nov 1987", and the procesregisseur sees "november 1987" on a
 * phone in triage and on the case — never a made-up "1 november 1987".
 *
 * It creates one new referral for a person not in the demo data and decides it, so the triage
 * queue is as seeded again for the specs after it.
 */

const PERSON = { givenNames: 'Lotte', familyName: 'Datumproef', fullName: 'Lotte Datumproef' };
const REASON = 'Schulden en overlast; de geboortedag is bij de aanmelder niet bekend.';
const GOAL = 'Een gezamenlijke aanpak van schulden en overlast in de wijk.';
const TRIAGE_REASON = 'Meerdere leefgebieden; straf- en zorgketen moeten samenwerken.';

async function signedIn(
  browser: Browser,
  user: DemoUser,
  viewport: { width: number; height: number },
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport,
  });
  const page = await context.newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${user.name}`);
  return page;
}

/** Follows a link in the side navigation, opening the menu first on a narrow screen. */
async function navigate(page: Page, link: string, heading: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: link })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'sideways scroll').toBeLessThanOrEqual(0);
}

test('a partly unknown date of birth goes from referral through triage to the case', async ({
  browser,
}) => {
  // Generous for a shared CI machine; it needs a fraction of this on a quiet one.
  test.setTimeout(180_000);
  let reference = '';
  const referrer = await signedIn(browser, USERS.wijkteam, { width: 1366, height: 800 });
  const referrerProblems = watchConsole(referrer);
  const director = await signedIn(browser, USERS.procesregisseur, { width: 375, height: 800 });
  const directorProblems = watchConsole(director);

  await test.step('the wijkteam types dates as Dutch professionals do', async () => {
    const page = referrer;
    await navigate(page, 'Aanmelden', 'Casus aanmelden');
    const born = page.getByRole('textbox', { name: 'Geboortedatum' });
    await page.getByLabel('Achternaam (met tussenvoegsel)').fill(PERSON.familyName);
    await page.getByLabel('Voornamen').fill(PERSON.givenNames);

    // A day that does not exist is refused before anything is sent, next to the field.
    await born.fill('31-11-1987');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(born).toHaveAccessibleDescription(/Dit is geen bestaande datum/);
    await expectAccessible(page, 'referral search with a date that does not exist');

    // "2 nov 1987" is read as a day; the field says how it read it.
    await born.fill('2 nov 1987');
    await expect(page.getByText('Gelezen als: 2 november 1987')).toBeVisible();
    // Only month and year known: accepted, and said so.
    await born.fill('nov 1987');
    await expect(page.getByText('Gelezen als: november 1987 (dag onbekend)')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Kalender openen' })).toHaveAccessibleDescription(
      'Geboortedatum',
    );
    await expectAccessible(page, 'referral search with a partly unknown date of birth');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(
      page.getByText('Geen persoon gevonden in de casussen van uw organisatie.'),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Nieuwe persoon aanmelden' }).click();
    await expect(page.getByRole('heading', { name: 'Stap 2 van 2: De aanmelding' })).toBeVisible();
    // What was searched for carries over, as the referrer wrote it.
    await expect(born).toHaveValue('november 1987');
    await page.getByLabel('Thema').selectOption({ label: 'Veelpleger' });
    await page.getByLabel('Reden van aanmelding').fill(REASON);
    await page.getByLabel('Doel van de aanmelding').fill(GOAL);
    await page
      .getByRole('group', { name: 'Wie mag de reden en het doel lezen?' })
      .getByLabel('Sociaal domein')
      .check();
    await page.getByRole('radio', { name: 'Ja' }).check();
    await expectAccessible(page, 'referral with a partly unknown date of birth');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    const sent = page.getByRole('status').filter({ hasText: 'Aanmelding verstuurd' });
    await expect(sent).toBeFocused();
    reference = /ZVH-\d{4}-\d{3}/.exec((await sent.textContent()) ?? '')![0];
  });

  await test.step('on a phone, the procesregisseur sees "november 1987" in triage', async () => {
    const page = director;
    await navigate(page, 'Triage', 'Triage');
    const item = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: `${reference} — ${PERSON.fullName}` }),
    });
    await item.getByRole('button', { name: `Beoordeel ${reference}` }).click();
    await expect(item).toContainText('Geboren: november 1987');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'triage of a partly unknown date of birth, 375 px');

    const criteria = item.getByRole('group', { name: 'Landelijke criteria' });
    await criteria.getByRole('checkbox', { name: /^Problemen op meer dan één leefgebied/ }).check();
    await criteria.getByRole('checkbox', { name: /^De straf- en zorgketen/ }).check();
    await criteria.getByRole('checkbox', { name: /^Impact op gezin/ }).check();
    await item.getByRole('radio', { name: 'Accepteren voor casusoverleg' }).check();
    await item.getByLabel('Reden van het besluit').fill(TRIAGE_REASON);
    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Besluit over ${reference}` }),
    ).toContainText('Accepteren voor casusoverleg');
  });

  await test.step('the case shows what is known of the date of birth, nothing more', async () => {
    const page = director;
    await navigate(page, 'Dossiers', 'Dossiers');
    await page.getByRole('link', { name: reference, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dossier ${reference}`);
    await openCaseSection(page, 'Informatie');
    const born = page
      .locator('dt', { hasText: /^Geboortedatum$/ })
      .locator('xpath=following-sibling::dd[1]');
    await expect(born).toHaveText('november 1987');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'case with a partly unknown date of birth, 375 px');
  });

  expect(referrerProblems).toEqual([]);
  expect(directorProblems).toEqual([]);
});
