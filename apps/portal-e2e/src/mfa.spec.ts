import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, watchConsole } from './support';

// A user no other test logs in with: this test gives her an authenticator app for the rest of
// the run (MFA is optional in the demo, so only she is then asked for a code).
const LOTTE = { email: 'veiligthuis@veiligthuis.demo.example', name: 'Lotte Mulder' } as const;

/** A code as an authenticator app makes it (otplib, as in the API). */
async function totp(secret: string, offsetSeconds = 0): Promise<string> {
  const { generate } = await import('otplib');
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });
}

async function passwordStep(page: Page): Promise<void> {
  await page.getByLabel('E-mailadres').fill(LOTTE.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

test('a user sets up an authenticator app on the account page, keeps the recovery codes and logs in with a code', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/account');
  await passwordStep(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn account');

  const section = page.getByRole('region', { name: 'Tweede stap bij het inloggen' });
  await expect(section.getByText('Niet ingesteld')).toBeVisible();
  await section.getByRole('button', { name: 'Authenticator-app instellen' }).click();
  await expect(
    section.getByRole('img', { name: 'QR-code om Schakel toe te voegen aan uw authenticator-app' }),
  ).toBeVisible();
  await expectAccessible(page, 'account page while enrolling an authenticator app');
  const secret = (await section.locator('.schakel-totp-secret').innerText()).replace(/\s/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  const code = section.getByLabel('Code');
  await expect(code).toBeFocused();
  await code.fill(await totp(secret));
  await code.press('Enter');

  await expect(section.getByRole('heading', { name: 'Bewaar uw herstelcodes' })).toBeFocused();
  await expect(section.getByRole('listitem')).toHaveCount(10);
  await expectAccessible(page, 'recovery codes');
  await section.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
  await expect(section.getByText('Ingesteld', { exact: true })).toBeVisible();
  await expect(section.getByText('Herstelcodes over: 10')).toBeVisible();

  // Logged out, the password alone no longer opens Schakel.
  await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen bij Schakel');
  await passwordStep(page);
  await expect(page.getByRole('heading', { name: 'Bevestig dat u het bent' })).toBeVisible();
  await expect(page.getByLabel('Code')).toBeFocused();
  await expectAccessible(page, "the login's second step");

  // The enrolment used this 30-second step's code: the next step's code logs in.
  await page.getByLabel('Code').fill(await totp(secret, 30));
  await page.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${LOTTE.name}`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
});
