import { expect, test } from '@playwright/test';
import { expectAccessible, logIn, USERS, watchConsole } from './support';

test('switching to English translates the interface and survives a reload', async ({ page }) => {
  await page.goto('/inloggen');
  await logIn(page, USERS.wijkagent);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Welkom, ${USERS.wijkagent.name}`,
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Welcome, ${USERS.wijkagent.name}`,
  );
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expectAccessible(page, 'home in English');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Welcome, ${USERS.wijkagent.name}`,
  );
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('button', { name: 'Uitloggen', exact: true })).toBeVisible();
});

test('plural messages (parsed at build time) read right in Dutch and in English', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await page.goto('/inloggen');
  await logIn(page, USERS.procesregisseur);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Welkom/);
  await page.goto('/dossiers');
  // cases.results.count: "{count, plural, one {# dossier} other {# dossiers}}".
  const status = page.getByRole('status').filter({ hasText: /^Pagina 1:/ });
  await expect(status).toHaveText(/^Pagina 1: \d+ dossiers\.$/);
  await expect(page.locator('main table tbody tr').first()).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('status').filter({ hasText: /^Page 1:/ })).toHaveText(
    /^Page 1: \d+ cases\.$/,
  );
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(status).toHaveText(/^Pagina 1: \d+ dossiers\.$/);
  expect(problems).toEqual([]);
});

test('on a 320 px wide phone the navigation folds behind a menu button and everything stays reachable', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/inloggen');
  await expectAccessible(page, 'login page at 320 px');
  await logIn(page, USERS.wijkagent);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // Nothing scrolls sideways.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('link', { name: 'Mijn account' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expectAccessible(page, 'open menu at 320 px');
  await page.getByRole('link', { name: 'Mijn account' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
  await expectAccessible(page, 'account page at 320 px');
});

test('the whole login works by keyboard alone, starting with the skip link', async ({ page }) => {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').focus();
  await page.keyboard.type(USERS.procesregisseur.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Demo-wachtwoord-2026');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Welkom, ${USERS.procesregisseur.name}`,
  );

  await page.reload();
  // Wait for the signed-in page: Tab during the session check would land elsewhere.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Naar de inhoud' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#inhoud')).toBeFocused();
});
