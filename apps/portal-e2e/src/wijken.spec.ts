import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, USERS, watchConsole, type DemoUser } from './support';

/*
 * Issue 18 item 1 (ADR 0026): the functional administrator imports wijken from a CSV file — a
 * preview first, with the lines in error worded per line, then the import in one go; a referral
 * of a person living in postcode 1234 then gets that wijk, derived from the postcode, and a
 * postcode outside the wijkindeling is flagged. axe on every state, at 1366 and 375 px.
 */

const DESKTOP = { width: 1366, height: 800 };
const PHONE = { width: 375, height: 720 };

const BAD_FILE = ['wijk;postcode_van;postcode_tot', 'Oost;1234;1236', 'Haven;12AB;', ''].join('\n');
const GOOD_FILE = [
  'wijk;postcode_van;postcode_tot',
  'Oost;1234;1236',
  'Centrum;1240;1249',
  '',
].join('\n');

async function signedIn(browser: Browser, user: DemoUser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: DESKTOP,
  });
  const page = await context.newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${user.name}`);
  return page;
}

/** With E2E_SCREENSHOTS set, a full-page picture of each state to look at (tmp/screenshots). */
async function picture(page: Page, context: string, width: number): Promise<void> {
  if (!process.env['E2E_SCREENSHOTS']) return;
  const name = context.replace(/[^a-z0-9]+/gi, '-');
  await page.screenshot({ path: `tmp/screenshots/wijken-${name}-${width}.png`, fullPage: true });
}

/** axe at 1366 and at 375 px, the page left at 1366. */
async function expectAccessibleAtBothWidths(page: Page, context: string): Promise<void> {
  await expectAccessible(page, `${context} (1366 px)`);
  await picture(page, context, DESKTOP.width);
  await page.setViewportSize(PHONE);
  await expectAccessible(page, `${context} (375 px)`);
  await picture(page, context, PHONE.width);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `no sideways scroll on ${context}`).toBeLessThanOrEqual(0);
  await page.setViewportSize(DESKTOP);
}

const csv = (content: string) => ({
  name: 'wijken.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(content, 'utf8'),
});

test('the functional administrator imports wijken from CSV, and a referral in postcode 1234 gets that wijk', async ({
  browser,
}) => {
  // Twelve axe runs on a busy 2-core machine.
  test.setTimeout(420_000);
  const admin = await signedIn(browser, USERS.beheer);
  const adminProblems = watchConsole(admin);

  await test.step('the functional administrator opens the wijkindeling', async () => {
    await admin.goto('/beheer/wijken');
    await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Wijkindeling');
    const list = admin.getByRole('region', { name: 'Wijken', exact: true });
    // The demo's wijken (the area-teams test may have added a one-postcode wijk before).
    await expect(
      list
        .getByRole('heading', { level: 3 })
        .filter({ hasText: /^(Centrum|Noord|Oud-West|Zuid|Oost)$/ }),
    ).toHaveText(['Centrum', 'Noord', 'Oud-West', 'Zuid']);
    await expectAccessibleAtBothWidths(admin, 'wijkindeling');
  });

  const importSection = admin.getByRole('region', { name: 'Importeren uit CSV' });

  await test.step('a file with a bad line: the preview names the line, nothing can be imported', async () => {
    await importSection.getByLabel('CSV-bestand').setInputFiles(csv(BAD_FILE));
    await importSection.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const preview = importSection.getByRole('table', { name: 'Voorbeeld van de import' });
    await expect(preview.getByRole('row').nth(2)).toContainText(
      'postcode_van: geen postcode (vier cijfers, of vier cijfers en twee letters).',
    );
    await expect(importSection.getByRole('status')).toContainText('1 regel bevat een fout');
    await expect(importSection.getByRole('button', { name: 'Importeren' })).toHaveCount(0);
    await expectAccessibleAtBothWidths(admin, 'import preview with an error');
  });

  await test.step('a good file: previewed, then imported in one go', async () => {
    await importSection.getByLabel('CSV-bestand').setInputFiles(csv(GOOD_FILE));
    await importSection.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
    const preview = importSection.getByRole('table', { name: 'Voorbeeld van de import' });
    await expect(preview.getByRole('row').nth(1)).toContainText('Nieuwe wijk');
    await expect(preview.getByRole('row').nth(2)).toContainText('Ongewijzigd');
    await expect(importSection.getByRole('status')).toContainText(
      '1 nieuwe wijk, 0 gewijzigde wijken, 1 wijk ongewijzigd.',
    );
    await expectAccessibleAtBothWidths(admin, 'import preview without errors');

    await importSection.getByRole('button', { name: 'Importeren' }).click();
    await expect(importSection.getByRole('status')).toContainText(
      'Geïmporteerd: 1 nieuwe wijk, 0 gewijzigde wijken.',
    );
    const list = admin.getByRole('region', { name: 'Wijken', exact: true });
    const oost = list
      .getByRole('listitem')
      .filter({ has: admin.getByRole('heading', { name: 'Oost' }) });
    await expect(oost).toContainText('Postcodes: 1234-1236');
    await expectAccessibleAtBothWidths(admin, 'wijken imported');
  });
  expect(adminProblems).toEqual([]);

  const referrer = await signedIn(browser, USERS.wijkteam);
  const referrerProblems = watchConsole(referrer);
  await test.step('the wijkteam refers a person in postcode 1234: the wijk is derived, not typed', async () => {
    const page = referrer;
    await page.goto('/aanmelden');
    await page.getByLabel('Achternaam (met tussenvoegsel)').fill('Oostwaarts');
    await page.getByLabel('Voornamen').fill('Lotte');
    await page.getByLabel('Geboortedatum').fill('1988-08-08');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('button', { name: 'Nieuwe persoon aanmelden' }).click();
    await expect(page.getByLabel('Wijk', { exact: true })).toHaveCount(0);

    const postcode = page.getByLabel('Postcode');
    await postcode.fill('9999 ZZ');
    await expect(page.getByText('Postcode niet in de wijkindeling')).toBeVisible();
    await expectAccessibleAtBothWidths(page, 'referral with a postcode outside the wijkindeling');

    await postcode.fill('1234 AB');
    await expect(page.getByText('Wijk: Oost')).toBeVisible();
    await expect(page.getByText('Postcode niet in de wijkindeling')).toHaveCount(0);
    await expectAccessibleAtBothWidths(page, 'referral with a postcode in wijk Oost');

    await page.getByLabel('Thema').selectOption({ label: 'Veelpleger' });
    await page
      .getByLabel('Reden van aanmelding')
      .fill('Herhaalde overlast in de portiek en oplopende schulden.');
    await page
      .getByLabel('Doel van de aanmelding')
      .fill('Een gezamenlijke aanpak die de overlast stopt.');
    await page
      .getByRole('group', { name: 'Wie mag de reden en het doel lezen?' })
      .getByLabel('Sociaal domein')
      .check();
    await page
      .getByRole('group', { name: 'Voorgestelde ketenpartners' })
      .getByLabel('Politie basisteam Demostad')
      .check();
    await page.getByRole('radio', { name: 'Ja' }).check();
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Aanmelding verstuurd' }),
    ).toBeVisible();
  });
  expect(referrerProblems).toEqual([]);
});
