import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, USERS, watchConsole, type DemoUser } from './support';

/*
 * Issue 18 item 2 (ADR 0036): the functional administrator gives a wijk in postcode 1234 two area
 * teams; a referral of a person living there is proposed to those teams (one click ticks them,
 * nothing is added by itself), and so is its triage; the wijkteam's member sees the workload of
 * its area as counts, never persons. axe on every state, at 1366 and 375 px.
 *
 * The wijk is one PC6 postcode (1234EF), so the wijken test's import of 1234–1236 stays new.
 */

const DESKTOP = { width: 1366, height: 800 };
const PHONE = { width: 375, height: 720 };
const WIJK = 'Havenkwartier';
const PERSON = { givenNames: 'Jesse', familyName: 'Havenaar', dateOfBirth: '1991-09-09' };

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
  await page.screenshot({
    path: `tmp/screenshots/area-teams-${name}-${width}.png`,
    fullPage: true,
  });
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

test('a referral in postcode 1234 is proposed to the teams of its wijk; the team sees its workload', async ({
  browser,
}) => {
  // Many axe runs on a busy 2-core machine.
  test.setTimeout(480_000);
  const admin = await signedIn(browser, USERS.beheer);
  const adminProblems = watchConsole(admin);

  await test.step('the functional administrator adds wijk Havenkwartier (1234EF)', async () => {
    await admin.goto('/beheer/wijken');
    const add = admin.getByRole('region', { name: 'Wijk toevoegen' });
    await add.getByLabel('Naam van de wijk').fill(WIJK);
    await add.getByLabel('Postcodes').fill('1234 EF');
    await add.getByRole('button', { name: 'Wijk toevoegen' }).click();
    await expect(admin.getByRole('status').filter({ hasText: `Wijk ${WIJK}` })).toBeVisible();
  });

  await test.step('and gives it a wijkteam and a police team', async () => {
    await admin.goto('/beheer/gebiedsteams');
    await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Gebiedsteams');
    const list = admin.getByRole('region', { name: 'Teams', exact: true });
    await expect(
      list
        .getByRole('listitem')
        .filter({ has: admin.getByRole('heading', { name: 'Wijkteam Noord' }) }),
    ).toContainText('Leden: Daan Bakker');
    await expectAccessibleAtBothWidths(admin, 'area teams');

    const add = admin.getByRole('region', { name: 'Team toevoegen' });
    for (const team of [
      { agency: 'Wijkteam Demostad-Noord', name: `Wijkteam ${WIJK}`, member: 'Daan Bakker' },
      { agency: 'Politie basisteam Demostad', name: `Basisteam Demostad — wijkagent ${WIJK}` },
    ]) {
      await add.getByLabel('Organisatie').selectOption({ label: team.agency });
      await add.getByLabel('Naam van het team').fill(team.name);
      await add
        .getByRole('group', { name: 'Wijken die het team bedient' })
        .getByLabel(WIJK)
        .check();
      if (team.member) {
        await add
          .getByRole('group', { name: 'Leden van het team' })
          .getByLabel(team.member)
          .check();
        await expectAccessibleAtBothWidths(admin, 'a new team, filled in');
      }
      await add.getByRole('button', { name: 'Team toevoegen' }).click();
      await expect(
        admin.getByRole('status').filter({ hasText: `Team ${team.name} is toegevoegd.` }),
      ).toBeVisible();
      await expect(
        list.getByRole('listitem').filter({ has: admin.getByRole('heading', { name: team.name }) }),
      ).toContainText(`Wijken: ${WIJK}`);
    }
    await expectAccessibleAtBothWidths(admin, 'area teams added');
  });
  expect(adminProblems).toEqual([]);

  const referrer = await signedIn(browser, USERS.wijkteam);
  const referrerProblems = watchConsole(referrer);
  let reference = '';
  await test.step('the wijkteam refers a person in postcode 1234: the wijk’s partners are proposed', async () => {
    const page = referrer;
    await page.goto('/aanmelden');
    await page.getByLabel('Achternaam (met tussenvoegsel)').fill(PERSON.familyName);
    await page.getByLabel('Voornamen').fill(PERSON.givenNames);
    await page.getByLabel('Geboortedatum').fill(PERSON.dateOfBirth);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByRole('button', { name: 'Nieuwe persoon aanmelden' }).click();
    await page.getByLabel('Postcode').fill('1234 EF');
    await expect(page.getByText(`Wijk: ${WIJK}`)).toBeVisible();

    const partners = page.getByRole('group', { name: 'Voorgestelde ketenpartners' });
    await expect(partners).toContainText(`Partners in wijk ${WIJK}: 2 gebiedsteams.`);
    await expect(partners).toContainText(
      `Basisteam Demostad — wijkagent ${WIJK} (Politie basisteam Demostad)`,
    );
    // A proposal: nothing is ticked until the referrer says so.
    await expect(partners.getByLabel('Politie basisteam Demostad')).not.toBeChecked();
    await expectAccessibleAtBothWidths(page, 'referral with the partners of the wijk proposed');
    await partners.getByRole('button', { name: `Partners van wijk ${WIJK} voorstellen` }).click();
    await expect(partners.getByLabel('Politie basisteam Demostad')).toBeChecked();
    await expect(partners.getByRole('status')).toContainText(
      `De partners van wijk ${WIJK} zijn aangevinkt.`,
    );
    await expectAccessibleAtBothWidths(page, 'referral with the partners of the wijk ticked');

    await page.getByLabel('Thema').selectOption({ label: 'Veelpleger' });
    await page
      .getByLabel('Reden van aanmelding')
      .fill('Herhaalde overlast rond de haven en oplopende schulden.');
    await page.getByLabel('Doel van de aanmelding').fill('Een gezamenlijke aanpak in de wijk.');
    await page
      .getByRole('group', { name: 'Wie mag de reden en het doel lezen?' })
      .getByLabel('Sociaal domein')
      .check();
    await page.getByRole('radio', { name: 'Ja' }).check();
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Aanmelding verstuurd' });
    const sent = await result.getByText(/onder kenmerk ZVH-\d{4}-\d{3}/).textContent();
    reference = /ZVH-\d{4}-\d{3}/.exec(sent ?? '')![0];
  });
  expect(referrerProblems).toEqual([]);

  const director = await signedIn(browser, USERS.procesregisseur);
  const directorProblems = watchConsole(director);
  await test.step('at triage the procesregisseur takes the wijk’s partners over with one click', async () => {
    const page = director;
    await page.goto('/triage');
    const item = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: new RegExp(`^${reference} `) }),
    });
    await item.getByRole('button', { name: `Beoordeel ${reference}` }).click();
    await item.getByRole('radio', { name: 'Accepteren voor casusoverleg' }).check();
    const partners = item.getByRole('group', { name: 'Ketenpartners die meedoen' });
    await expect(partners).toContainText(`Partners in wijk ${WIJK}: 2 gebiedsteams.`);
    // The referrer proposed the police; the procesregisseur unticks them, then takes the wijk's
    // partners over: the police again (the wijkteam, the referrer, takes part already).
    const police = partners.getByLabel('Politie basisteam Demostad');
    await expect(police).toBeChecked();
    await police.uncheck();
    await expectAccessibleAtBothWidths(page, 'triage with the partners of the wijk');
    await partners.getByRole('button', { name: `Partners van wijk ${WIJK} overnemen` }).click();
    await expect(police).toBeChecked();
    await expect(partners.getByRole('status')).toContainText(
      `De partners van wijk ${WIJK} zijn aangevinkt.`,
    );
  });
  expect(directorProblems).toEqual([]);

  await test.step("the wijkteam's member sees the workload of its wijken: counts, no persons", async () => {
    const page = referrer;
    await page.goto('/mijn-gebied');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Werklast van mijn gebied');
    const table = page.getByRole('table', { name: `Lopende casussen per wijk, Wijkteam ${WIJK}` });
    const row = table.getByRole('row').filter({ hasText: WIJK });
    // The new referral: the wijkteam takes part as its referrer; it waits for triage.
    await expect(row.getByRole('cell')).toHaveText(['1', '1', '0', '0']);
    await expect(
      page.getByRole('table', { name: 'Lopende casussen per wijk, Wijkteam Noord' }),
    ).toBeVisible();
    await expect(page.getByText(PERSON.familyName)).toHaveCount(0);
    await expect(page.getByText(reference)).toHaveCount(0);
    await expectAccessibleAtBothWidths(page, 'workload of my area');
  });
});
