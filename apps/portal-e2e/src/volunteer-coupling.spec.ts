import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAccessible, openCaseSection, USERS, watchConsole } from './support';

/*
 * Issue 17 item 3 (ADR 0034), in the browser: the Exodus coordinator declines the demo's waiting
 * request (Ahmed, ZVH-2026-003) with a reason; probation records Kevin's (ZVH-2026-001)
 * consent for Exodus (JUSTICE, so a short offence summary may go) and sends a match request from
 * the case's Deelnemers section; the coordinator — who takes no part in that case — sees only the
 * request, accepts, couples a volunteer, reports progress and ends the coupling; probation sees
 * the status and the progress. axe at 1366 and 375 px.
 */

const REFERENCE = 'ZVH-2026-001';
const EXODUS = 'Exodus Demo-regio';
const COORDINATOR = { email: 'exodus@exodus.demo.example', name: 'Ruth Meijer' };
const OFFENCE = 'Bedreiging op het station, 2025.';
const PROGRESS = 'Eerste afspraak gehad; samen een rooster voor de week gemaakt.';
// What the coordinator must never read: the family name, the birth date, the case reference.
const NEVER = [/Voorbeeld/, /1994/, /ZVH-2026-001/];

async function signedIn(
  browser: Browser,
  user: { email: string; name: string },
  width = 1366,
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width, height: width < 500 ? 740 : 800 },
  });
  const page = await context.newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill('Demo-wachtwoord-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${user.name}`);
  return page;
}

async function expectNothingOfTheCase(page: Page): Promise<void> {
  const text = await page.locator('main').innerText();
  for (const marker of NEVER) expect(text).not.toMatch(marker);
}

async function accessibleAtBothWidths(page: Page, context: string): Promise<void> {
  await expectAccessible(page, `${context} at 1366 px`);
  await page.setViewportSize({ width: 375, height: 740 });
  await expectAccessible(page, `${context} at 375 px`);
  await page.setViewportSize({ width: 1366, height: 800 });
}

async function openCouplings(page: Page): Promise<void> {
  await page.goto('/dossiers');
  await page.getByRole('link', { name: REFERENCE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dossier ${REFERENCE}`);
  await openCaseSection(page, 'Deelnemers');
}

test('a volunteer coupling from consent to ending; the coordinator sees only the request', async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const coordinator = await signedIn(browser, COORDINATOR);
  const coordinatorProblems = watchConsole(coordinator);

  await test.step('the coordinator finds the waiting request and declines it', async () => {
    await coordinator.getByRole('link', { name: 'Koppelverzoeken bekijken' }).click();
    await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('Koppelverzoeken');
    await expect(coordinator.getByRole('heading', { name: /Koppelingen in \d{4}/ })).toBeVisible();
    await accessibleAtBothWidths(coordinator, 'the coordinator’s list');
    await expectNothingOfTheCase(coordinator);
    await coordinator
      .getByRole('listitem')
      .filter({ hasText: 'Ahmed' })
      .filter({ hasText: 'Aangevraagd' })
      .getByRole('link')
      .click();
    await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText(/^Koppelverzoek van/);
    const main = coordinator.locator('main');
    await expect(main).toContainText('40 tot 50 jaar');
    await expect(main).toContainText('Werk, Dagbesteding');
    await expect(main).not.toContainText('1979');
    await accessibleAtBothWidths(coordinator, 'a waiting request');
    await coordinator.getByRole('button', { name: 'Afwijzen' }).click();
    await coordinator.getByRole('button', { name: 'Verzoek afwijzen' }).click();
    await expect(coordinator.getByLabel('Reden van afwijzing')).toBeFocused();
    await coordinator
      .getByLabel('Reden van afwijzing')
      .fill('Op woensdag en vrijdag is nu geen vrijwilliger beschikbaar.');
    await coordinator.getByRole('button', { name: 'Verzoek afwijzen' }).click();
    await expect(coordinator.getByRole('status').getByText('Opgeslagen.')).toBeVisible();
    await expect(coordinator.getByRole('heading', { level: 2 })).toContainText('Afgewezen');
  });

  const probation = await signedIn(browser, USERS.reclassering);
  const probationProblems = watchConsole(probation);

  await test.step('probation records the client’s consent for Exodus, naming justice data', async () => {
    await openCouplings(probation);
    await openCaseSection(probation, 'Toestemmingen');
    const consents = probation.getByRole('region', {
      name: 'Toestemmingen en conflict van plichten',
      exact: true,
    });
    await consents.getByRole('button', { name: 'Toestemming vastleggen' }).click();
    await consents.getByLabel('Categorie').selectOption({ label: 'Justitie' });
    await consents.getByLabel('Ontvanger').selectOption({ label: EXODUS });
    await consents
      .getByLabel('Hoe is de toestemming gegeven?')
      .fill('Mondeling, in het gesprek met de reclassering; ook het delict mag mee.');
    await consents.getByRole('button', { name: 'Toestemming vastleggen' }).last().click();
    await expect(
      consents.getByText(`Toestemming vastgelegd: ${EXODUS} mag Justitie lezen.`),
    ).toBeVisible();
  });

  await test.step('probation sends a match request from the Deelnemers section', async () => {
    await openCaseSection(probation, 'Deelnemers');
    const section = probation.getByRole('region', { name: 'Vrijwillige inzet' });
    await expect(section).toContainText('Er is geen koppelverzoek gedaan.');
    await section.getByRole('button', { name: 'Koppelverzoek doen' }).click();
    await section.getByLabel('Vrijwilligersorganisatie').selectOption({ label: EXODUS });
    await section.getByLabel('Administratie').check();
    await section.getByLabel('Sociaal netwerk').check();
    await section.getByLabel('Beschikbaarheid').fill('Maandag en donderdag na 16 uur');
    await section.getByLabel('Veiligheid').fill('Afspreken buiten het stationsgebied.');
    await section.getByLabel('Delict (kort)').fill(OFFENCE);
    await accessibleAtBothWidths(probation, 'the match request form');
    await section.getByRole('button', { name: 'Verzoek versturen' }).click();
    await expect(section.getByText('Het koppelverzoek is verstuurd.')).toBeVisible();
    await expect(section.getByRole('heading', { name: `${EXODUS} — Aangevraagd` })).toBeVisible();
  });

  await test.step('the coordinator accepts, couples, reports progress and ends it', async () => {
    await coordinator.goto('/koppelverzoeken');
    await coordinator
      .getByRole('listitem')
      .filter({ hasText: 'Kevin' })
      .filter({ hasText: 'Aangevraagd' })
      .getByRole('link')
      .click();
    const main = coordinator.locator('main');
    await expect(main).toContainText(OFFENCE);
    await expect(main).toContainText('Administratie, Sociaal netwerk');
    await expectNothingOfTheCase(coordinator);
    await coordinator.getByRole('button', { name: 'Accepteren' }).click();
    await expect(coordinator.getByRole('heading', { level: 2 })).toContainText('Geaccepteerd');
    await coordinator.getByLabel('Naam of initialen van de vrijwilliger').fill('M. de Boer');
    await coordinator
      .getByLabel('Telefoonnummer van de vrijwilliger (niet verplicht)')
      .fill('06-87654321');
    await accessibleAtBothWidths(coordinator, 'an accepted request');
    await coordinator.getByRole('button', { name: 'Vrijwilliger koppelen' }).click();
    await expect(coordinator.getByRole('heading', { level: 2 })).toContainText('Gekoppeld');
    await coordinator.getByLabel('Voortgang').fill(PROGRESS);
    await coordinator.getByRole('button', { name: 'Voortgang opslaan' }).click();
    await expect(coordinator.getByRole('listitem').filter({ hasText: PROGRESS })).toBeVisible();
    await accessibleAtBothWidths(coordinator, 'a coupling with progress');
    await coordinator.getByLabel('Reden van beëindiging').selectOption({ label: 'doel bereikt' });
    await coordinator.getByRole('button', { name: 'Koppeling beëindigen' }).click();
    await expect(coordinator.getByRole('heading', { level: 2 })).toContainText(
      'Beëindigd: doel bereikt',
    );
    await accessibleAtBothWidths(coordinator, 'an ended coupling');
    await expectNothingOfTheCase(coordinator);
  });

  await test.step('the coordinator reaches nothing of the case', async () => {
    await coordinator.goto('/dossiers');
    await expect(coordinator.getByRole('heading', { level: 1 })).toBeVisible();
    // Exodus takes part in Ahmed's case (with his consent), not in Kevin's.
    await expect(
      coordinator.getByRole('link', { name: 'ZVH-2026-003', exact: true }),
    ).toBeVisible();
    await expect(coordinator.getByRole('link', { name: REFERENCE, exact: true })).toHaveCount(0);
  });

  await test.step('probation sees the status and the progress on the case page', async () => {
    await probation.reload();
    await openCaseSection(probation, 'Deelnemers');
    const section = probation.getByRole('region', { name: 'Vrijwillige inzet' });
    await expect(
      section.getByRole('heading', { name: `${EXODUS} — Beëindigd: doel bereikt` }),
    ).toBeVisible();
    await expect(section).toContainText(PROGRESS);
    await expect(section).toContainText('M. de Boer');
    await accessibleAtBothWidths(probation, 'the couplings on the case page');
  });

  expect(coordinatorProblems).toEqual([]);
  expect(probationProblems).toEqual([]);
});
