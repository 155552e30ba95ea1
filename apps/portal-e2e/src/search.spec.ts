import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, USERS, watchConsole } from './support';

/*
 * Searching cases from the header (issue 16 item 3), against the demo region: Sandra Testmans
 * (ZVH-2026-002, BSN 910001005, born 2-11-1987) is known to the police; Kevin Voorbeeld
 * (ZVH-2026-001, BSN 900001008) also to the GGZ, which may not see BSNs. Read-only.
 */

const GGZ = { email: 'ggz@ggz.demo.example', name: 'Noor Jansen' };

async function signIn(page: Page, user: { email: string; name: string }): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${user.name}`);
}

/** Types in the header's search box and waits for the results page to answer. */
async function searchFromHeader(page: Page, text: string): Promise<void> {
  const header = page.getByRole('search', { name: 'Zoek een dossier' });
  await header.getByRole('searchbox', { name: 'Zoek een dossier' }).fill(text);
  await header.getByRole('button', { name: 'Zoek dossier' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Zoeken naar “${text}”`);
  await expect(page.getByRole('status').filter({ hasText: /gevonden/ })).toBeVisible();
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('the wijkagent finds a case by name and by BSN from the header', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, USERS.wijkagent);

  await searchFromHeader(page, 'testmans');
  const results = page.getByRole('table', { name: 'Dossiers, pagina 1' });
  await expect(results.getByRole('rowheader')).toHaveText(['ZVH-2026-002']);
  await expect(results.getByRole('row', { name: /ZVH-2026-002/ })).toContainText('Sandra Testmans');
  await expect(page.getByRole('status').filter({ hasText: /gevonden/ })).toHaveText(
    '1 dossier gevonden.',
  );
  await expectAccessible(page, 'search results by name');

  // A BSN as people write it, in groups; and a name with a date of birth.
  await searchFromHeader(page, '9100 01 005');
  await expect(results.getByRole('rowheader')).toHaveText(['ZVH-2026-002']);
  await searchFromHeader(page, 'Sandra 2-11-1987');
  await expect(results.getByRole('rowheader')).toHaveText(['ZVH-2026-002']);

  await results.getByRole('link', { name: 'ZVH-2026-002', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier ZVH-2026-002');
  expect(problems).toEqual([]);
});

test('on a phone, a GGZ professional finds by name but not by a BSN she may not see', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signIn(page, GGZ);

  // Kevin Voorbeeld's BSN: the GGZ takes part in his case, but the covenant withholds BSNs.
  await searchFromHeader(page, '900001008');
  await expect(page.getByRole('status').filter({ hasText: /gevonden/ })).toHaveText(
    'Geen dossiers gevonden.',
  );
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'no results at 375 px');

  await searchFromHeader(page, 'voorbeeld');
  const cards = page.getByRole('list', { name: 'Dossiers, pagina 1' }).getByRole('listitem');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('ZVH-2026-001Kevin Voorbeeld');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'search results as cards at 375 px');
});
