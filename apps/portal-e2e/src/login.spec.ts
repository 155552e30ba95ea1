import { expect, test } from '@playwright/test';
import { expectAccessible, logIn, USERS, watchConsole, type DemoUser } from './support';

const roles: [string, DemoUser][] = [
  ['procesregisseur', USERS.procesregisseur],
  ['wijkteam professional', USERS.wijkteam],
  ['wijkagent', USERS.wijkagent],
  ['privacy officer', USERS.privacy],
  ['functional administrator', USERS.beheer],
];

for (const [role, user] of roles) {
  test(`${role} logs in, sees every page accessibly, and logs out`, async ({ page }) => {
    const problems = watchConsole(page);
    await page.goto('/');
    await expect(page).toHaveURL(/\/inloggen/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen bij Schakel');
    await expectAccessible(page, 'login page');

    await logIn(page, user);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${user.name}`);
    const banner = page.getByRole('banner');
    await expect(banner).toContainText(user.name);
    await expect(banner).toContainText(user.agency);
    await expectAccessible(page, `home of ${role}`);

    // The session lives in an httpOnly cookie: scripts cannot read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain('schakel_session');

    await page.getByRole('navigation').getByRole('link', { name: 'Mijn account' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
    await expect(page.getByRole('main')).toContainText(user.email);
    await expect(page.getByRole('main')).toContainText('Zorg- en Veiligheidshuis Demo-regio');
    await expectAccessible(page, `account page of ${role}`);

    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await expect(page).toHaveURL(/\/inloggen/);
    // The session is really gone, not just hidden.
    await page.goto('/account');
    await expect(page).toHaveURL(/\/inloggen/);
    expect(problems).toEqual([]);
  });
}

test('a wrong password gets one generic message, keeps the e-mail address, and stays accessible', async ({
  page,
}) => {
  await page.goto('/inloggen');
  await logIn(page, USERS.reclassering, 'dit-is-niet-het-wachtwoord');
  await expect(page.getByRole('alert')).toContainText('E-mailadres of wachtwoord onjuist');
  await expect(page.getByLabel('E-mailadres')).toHaveValue(USERS.reclassering.email);
  await expectAccessible(page, 'login page with an error');
});

test('a signed-in user who reloads stays signed in and lands on the page they asked for', async ({
  page,
}) => {
  await page.goto('/account');
  await expect(page).toHaveURL(/\/inloggen/);
  await logIn(page, USERS.reclassering);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');
});

test('an unknown address shows an accessible not-found page', async ({ page }) => {
  await page.goto('/inloggen');
  await logIn(page, USERS.wijkteam);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Welkom, ${USERS.wijkteam.name}`,
  );
  await page.goto('/bestaat-niet');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, 'not-found page');
});
