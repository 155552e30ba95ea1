import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, watchConsole } from './support';

// A user no other test logs in with: this test changes her password for the rest of the run.
const FLEUR = {
  email: 'gemeente@demostad.demo.example',
  name: 'Fleur Smit',
  agency: 'Gemeente Demostad',
} as const;
const NEW_PASSWORD = 'Nieuw-wachtwoord-voor-Fleur-2026';

async function logInAsFleur(page: Page, password: string): Promise<void> {
  await page.getByLabel('E-mailadres').fill(FLEUR.email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

test('a user changes her password on a 320 px screen, is logged out elsewhere, and only the new password works', async ({
  page,
  browser,
}) => {
  // Another device, signed in before the change.
  const otherDevice = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const otherPage = await otherDevice.newPage();
  await otherPage.goto('/account');
  await logInAsFleur(otherPage, DEMO_PASSWORD);
  await expect(otherPage.getByRole('heading', { level: 1 })).toHaveText('Mijn account');

  const problems = watchConsole(page);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/account');
  await logInAsFleur(page, DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');

  const section = page.getByRole('region', { name: 'Wachtwoord wijzigen' });
  const current = section.getByLabel('Huidig wachtwoord');
  const next = section.getByLabel('Nieuw wachtwoord', { exact: true });
  const repeat = section.getByLabel('Herhaal nieuw wachtwoord');
  const submit = section.getByRole('button', { name: 'Wachtwoord wijzigen' });

  // Too short: caught at the field, with a summary, and the page stays accessible.
  await current.fill(DEMO_PASSWORD);
  await next.fill('te-kort');
  await repeat.fill('te-kort');
  await submit.click();
  await expect(next).toHaveAttribute('aria-invalid', 'true');
  await expect(next).toHaveAccessibleDescription(/Het wachtwoord is te kort\. Gebruik minstens 12/);
  await expect(next).toBeFocused();
  await expect(section.getByRole('alert')).toContainText('Het wachtwoord is te kort');
  await expect(current).toHaveValue(DEMO_PASSWORD);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'account page with a password error at 320 px');

  // A valid change, sent with the keyboard.
  await next.fill(NEW_PASSWORD);
  await repeat.fill(NEW_PASSWORD);
  await repeat.press('Enter');
  await expect(section.getByRole('status')).toHaveText(
    'Uw wachtwoord is gewijzigd. U bent op andere apparaten uitgelogd.',
  );
  await expect(section.getByRole('alert')).toHaveCount(0);
  await expect(current).toHaveValue('');
  await expect(next).toHaveValue('');
  await expect(repeat).toHaveValue('');
  await expectAccessible(page, 'account page after changing the password at 320 px');

  // The other device's session has ended.
  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/inloggen/);
  await otherDevice.close();

  // This device continues in its new session, whose CSRF token the next mutation must carry.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
  const logout = page.waitForResponse(
    (response) =>
      response.url().endsWith('/graphql') &&
      (response.request().postDataJSON() as { operationName?: string }).operationName === 'Logout',
  );
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  expect(await (await logout).json()).toEqual({
    data: { logoutSso: { __typename: 'SsoLogoutModel', endSessionUrl: null } },
  });
  await expect(page).toHaveURL(/\/inloggen/);

  await logInAsFleur(page, DEMO_PASSWORD);
  await expect(page.getByRole('alert')).toContainText('E-mailadres of wachtwoord onjuist');

  await logInAsFleur(page, NEW_PASSWORD);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${FLEUR.name}`);
  await expect(page.getByRole('banner')).toContainText(FLEUR.agency);
  expect(problems).toEqual([]);
});
