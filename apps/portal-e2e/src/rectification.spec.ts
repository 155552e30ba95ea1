import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, openCaseSection, USERS, watchConsole } from './support';

/*
 * Issue 16 item 8: the source agency corrects, then erases, one information item (AVG art. 16/17)
 * on the case page — the controls on demand, a reason required, the old text gone. The item is the
 * test's own (added first, erased last), in ZVH-2026-003, so no demo record other specs read
 * changes. Correcting at 1366 px, erasing on a 375-px phone.
 */

const ORIGINAL = 'Rectificatietest: woont op Foutstraat 13 volgens de melding.';
const CORRECTED = 'Rectificatietest: woont op Juiststraat 31 volgens de BRP.';

async function openCase(page: Page, reference: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Dossiers' })
    .click();
  await page.getByRole('link', { name: reference, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dossier ${reference}`);
}

const entry = (page: Page, text: string) =>
  page.locator('article.schakel-item').filter({ hasText: text });

test('the source corrects an item with a reason, then erases it on the phone', async ({ page }) => {
  // Six axe runs in one test: generous on a shared two-core machine (no fixed sleeps anywhere).
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(USERS.procesregisseur.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Welkom');
  await openCase(page, 'ZVH-2026-003');
  await openCaseSection(page, 'Informatie');

  // The test's own item.
  await page.getByRole('button', { name: 'Informatie toevoegen' }).click();
  await page.getByLabel('Categorie', { exact: true }).selectOption({ label: 'Plan van aanpak' });
  await page.getByLabel('Tekst', { exact: true }).fill(ORIGINAL);
  await page.getByLabel('Wettelijke grondslag').fill('Convenant art. 5');
  await page.getByRole('button', { name: 'Informatie vastleggen' }).click();
  const item = entry(page, ORIGINAL);
  await expect(item).toBeVisible();

  // Controls on demand; the form takes the focus.
  await item.getByRole('button', { name: 'Corrigeren of verwijderen' }).click();
  const form = page.getByRole('form', { name: 'Dit item corrigeren of verwijderen' });
  await expect(
    form.getByRole('heading', { name: 'Dit item corrigeren of verwijderen' }),
  ).toBeFocused();
  await expect(form.getByLabel('Gecorrigeerde tekst')).toHaveValue(ORIGINAL);
  await expectAccessible(page, 'correct-or-erase form, 1366 px');

  // A reason is required.
  await form.getByLabel('Gecorrigeerde tekst').fill(CORRECTED);
  await form.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(form.getByLabel('Reden')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText('Vul de reden in.');
  await expectAccessible(page, 'correct-or-erase form with a problem');

  await form
    .getByLabel('Reden')
    .fill('Adres verkeerd overgenomen; gecorrigeerd op verzoek via het WGS-contactpunt.');
  await form.getByRole('button', { name: 'Correctie opslaan' }).click();
  await expect(page.getByText('De correctie is opgeslagen.')).toBeVisible();
  const corrected = entry(page, CORRECTED);
  await expect(corrected).toContainText('Gecorrigeerd door de bron op');
  await expect(entry(page, 'Foutstraat 13')).toHaveCount(0);
  await form.getByRole('button', { name: 'Sluiten zonder wijziging' }).click();
  await expect(corrected.getByRole('button', { name: 'Corrigeren of verwijderen' })).toBeFocused();
  await expectAccessible(page, 'corrected item, 1366 px');

  // On the phone: erase, final, with a reason.
  await page.setViewportSize({ width: 375, height: 800 });
  await corrected.getByRole('button', { name: 'Corrigeren of verwijderen' }).click();
  await form.getByLabel('Verwijderen: het item helemaal weghalen').check();
  await expect(form.getByText('Verwijderen is definitief')).toBeVisible();
  await expect(form.getByLabel('Gecorrigeerde tekst')).toHaveCount(0);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'erase choice, 375 px');
  await form.getByLabel('Reden').fill('Verzoek tot verwijdering (art. 17 AVG) toegewezen.');
  await form.getByRole('button', { name: 'Definitief verwijderen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Het item is verwijderd.' }),
  ).toBeFocused();
  await expectAccessible(page, 'erased item, 375 px');

  // Gone for good: after a reload neither text is on the page.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier ZVH-2026-003');
  // The section's address survives the reload: the information is on the page, without the item.
  await expect(page.getByRole('button', { name: 'Informatie toevoegen' })).toBeVisible();
  await expect(page.getByText('Rectificatietest')).toHaveCount(0);
  expect(problems).toEqual([]);
});
