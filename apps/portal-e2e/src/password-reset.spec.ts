import { expect, test } from '@playwright/test';
import { expectAccessible, watchConsole } from './support';

// A user no other spec signs in as: mfa.spec enrols a factor for the OM's user on the same server,
// and this spec changes the password.
const HOUSING = { email: 'woningcorporatie@demohuis.demo.example' } as const;
const NEW_PASSWORD = 'Herfstblad-fietsbel-2026';
// npm start's embedded mail sink (tools/dev/mail-sink.mjs) lists the API's mails one port up from
// the server of this spec's lane (playwright.config.ts).
const mailListAt = (baseURL: string | undefined) =>
  `http://127.0.0.1:${Number(new URL(baseURL ?? '').port) + 1}/messages.json`;

interface SinkMail {
  to: string[];
  subject: string;
  text: string;
}

test('a user who forgot her password gets a link by e-mail and sets a new one, on a 375 px screen', async ({
  page,
  request,
  baseURL,
}) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/inloggen');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wachtwoord vergeten');
  await expectAccessible(page, 'the forgot-password page');

  await page.getByLabel('E-mailadres').fill(HOUSING.email);
  await page.getByRole('button', { name: 'Stuur de link' }).click();
  await expect(page.getByRole('status')).toContainText('Als er een account met dit e-mailadres is');

  // The mail, read from the real SMTP sink.
  let link = '';
  await expect
    .poll(
      async () => {
        const mails = (await (await request.get(mailListAt(baseURL))).json()) as SinkMail[];
        const mail = mails.find((m) => m.to.includes(HOUSING.email));
        link = /http:\/\/\S+\/wachtwoord-herstellen#token=\S+/.exec(mail?.text ?? '')?.[0] ?? '';
        return link;
      },
      { timeout: 30_000 },
    )
    .not.toBe('');

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nieuw wachtwoord kiezen');
  await expectAccessible(page, 'the reset page');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('Uw wachtwoord is gewijzigd');
  await expectAccessible(page, 'the reset page, done');

  // The link worked once; the new password signs in.
  await page.getByRole('link', { name: 'Naar inloggen' }).click();
  await page.getByLabel('E-mailadres').fill(HOUSING.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Inloggen');
  await expect(page).not.toHaveURL(/inloggen/);
  expect(problems).toEqual([]);
});
