import { expect, test } from '@playwright/test';
import { expectAccessible, logIn, USERS, watchConsole } from './support';

/*
 * The privacy officer's Bewaartermijnen page on a phone-sized screen: the ten periods, the demo's
 * legal hold and deletion record, then a legal hold set by reference and released again (so the
 * test leaves the demo as it was). The functional administrator only reads the periods.
 */

const REFERENCE = 'ZVH-2026-004';

test('the privacy officer sees the periods and sets and releases a legal hold by reference', async ({
  page,
  browser,
}) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/inloggen');
  await logIn(page, USERS.privacy);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${USERS.privacy.name}`);

  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Bewaartermijnen' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bewaartermijnen');

  const periods = page.getByRole('table', { name: /Bewaartermijn per categorie/ });
  await expect(periods.getByRole('row')).toHaveCount(11);
  await expect(periods.getByRole('row', { name: /^Zorg 12 maanden/ })).toBeVisible();
  const holds = page.getByRole('table', { name: 'Casussen met een bewaarplicht' });
  await expect(holds.getByText('ZVH-2025-017')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Recente verwijderverslagen' })).toBeVisible();
  await expectAccessible(page, 'the retention page');

  await page.getByLabel(/^Dossiernummer/).fill(REFERENCE.toLowerCase());
  await page.getByLabel(/^Reden/).fill('Opgevraagd door de rechtbank in een lopende procedure.');
  await page.getByRole('button', { name: 'Bewaarplicht instellen' }).click();
  await expect(page.getByText(`Bewaarplicht ingesteld voor ${REFERENCE}.`)).toBeVisible();
  await expect(holds.getByText(REFERENCE)).toBeVisible();

  await page.getByRole('button', { name: `Bewaarplicht voor ${REFERENCE} opheffen` }).click();
  await page.getByLabel('Reden van opheffen').fill('De rechtbank heeft de stukken ontvangen.');
  await page.getByRole('button', { name: 'Opheffen', exact: true }).click();
  await expect(page.getByText(`De bewaarplicht voor ${REFERENCE} is opgeheven.`)).toBeVisible();
  await expect(holds.getByText(REFERENCE)).toHaveCount(0);
  expect(problems).toEqual([]);

  // The functional administrator reads the periods, changes nothing and sees no legal holds.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const admin = await context.newPage();
  await admin.goto('/privacy/bewaartermijnen');
  await logIn(admin, USERS.beheer);
  await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Bewaartermijnen');
  await expect(admin.getByRole('table', { name: /Bewaartermijn per categorie/ })).toBeVisible();
  await expect(admin.getByRole('button', { name: /wijzigen/ })).toHaveCount(0);
  await expect(admin.getByRole('heading', { name: 'Bewaarplicht', exact: true })).toHaveCount(0);
  await context.close();
});
