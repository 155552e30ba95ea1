import { expect, test } from '@playwright/test';
import { expectAccessible, logIn, USERS, watchConsole } from './support';

/*
 * The privacy officer handles data-subject requests on a phone-sized screen: the demo's open
 * access request of Kevin Voorbeeld (apps/api/src/demo/demo-data-subject-requests.ts) with its
 * partner parts and the PDF export, then a new request of a person the region does not know.
 */

test('the privacy officer handles an access request and registers a new one', async ({ page }) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/inloggen');
  await logIn(page, USERS.privacy);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${USERS.privacy.name}`);

  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Verzoeken betrokkenen' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verzoeken van betrokkenen');
  const list = page.getByRole('table', { name: /Verzoeken van betrokkenen/ });
  const demo = list.getByRole('row', { name: /Kevin Voorbeeld/ }).first();
  await expect(demo).toContainText('Inzage');
  await expect(demo).toContainText(/nog \d+ dagen?/);
  await expect(demo).toContainText(/\d+ van \d+/);
  await expectAccessible(page, 'the request list');

  await demo.getByRole('link', { name: 'Kevin Voorbeeld' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inzage: Kevin Voorbeeld');
  const parts = page.getByRole('table', { name: 'Deel van het antwoord per partner' });
  await expect(parts.getByRole('row').nth(1)).toBeVisible();
  await expectAccessible(page, 'the request detail');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download als PDF' }).click();
  expect((await download).suggestedFilename()).toBe('inzage-gegevens.pdf');

  // A requester the region does not know: searched, nobody found, registered with own details.
  await page.goto('/privacy/verzoeken/nieuw');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw verzoek registreren');
  await page.getByLabel(/^Achternaam/).fill('Onbekend-E2E');
  await page.getByLabel(/^Geboortedatum/).fill('1990-01-02');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await expect(page.getByText(/Niemand gevonden/)).toBeVisible();
  await page.getByLabel(/^Voornamen/).fill('Eva');
  await page.getByLabel('Soort verzoek').selectOption('OBJECTION');
  await page.getByLabel(/Hoe is de identiteit vastgesteld/).fill('Rijbewijs getoond aan de balie');
  await page.getByRole('button', { name: 'Verzoek registreren' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bezwaar: Eva Onbekend-E2E');
  await expect(page.getByText('Geen partners met gegevens over deze persoon.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download als PDF' })).toHaveCount(0);
  expect(problems).toEqual([]);
});

/*
 * Each partner answers for its own data (issue 11 item 6): GGZ's privacy contact reviews GGZ's
 * part of Kevin Voorbeeld's demo request, sees only GGZ's data, and releases it; the privacy
 * officer then sees the release on the request page.
 */
test('a partner’s privacy contact reviews and releases its own part', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('/inloggen');
  await logIn(page, USERS.privacyGgz);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Welkom, ${USERS.privacyGgz.name}`,
  );
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link', { name: 'Dossiers' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Verzoeken betrokkenen' })).toHaveCount(0);
  await nav.getByRole('link', { name: 'Verzoeken over onze gegevens' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verzoeken over onze gegevens');
  const list = page.getByRole('table', { name: /Verzoeken over gegevens van uw organisatie/ });
  const kevin = list.getByRole('row', { name: /Kevin Voorbeeld/ }).first();
  await expect(kevin).toContainText('Nog niet vrijgegeven');
  await expectAccessible(page, 'the privacy contact’s list');

  await kevin.getByRole('link', { name: 'Kevin Voorbeeld' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ons deel: Kevin Voorbeeld');
  await expect(page.getByText(/Hieronder staat wat GGZ Demoland/)).toBeVisible();
  await expectAccessible(page, 'the review page');
  await page.getByLabel(/^Toelichting/).fill('Niets weggelaten.');
  await page.getByRole('button', { name: 'Vrijgeven' }).click();
  await expect(
    page.getByText('Het deel van GGZ Demoland is vrijgegeven aan het contactpunt.'),
  ).toBeFocused();
  await expect(page.getByText(/Vrijgegeven op .* door Hanna de Wit/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Vrijgeven' })).toHaveCount(0);
  expect(problems).toEqual([]);
});
