import { expect, test, type Browser, type Page } from '@playwright/test';
import { startOnboardingStack, type OnboardingStack } from './onboarding-stack';
import { expectAccessible, watchConsole } from './support';

/**
 * Issue 15, "Done means": a ZVH onboards its first partner without SQL and without demo data.
 * A new region is created by the admin command; its functional administrator activates the
 * account from the e-mail (read from a real SMTP server), enrols TOTP (MFA is required, as in
 * production), adds the police agency with its covenant signature and invites its agency admin;
 * the agency admin activates from the e-mail, enrols TOTP and invites an officer; the functional
 * administrator binds the police to its OpenID provider (a real oidc-provider in-process); the
 * officer signs in through the police's provider and finds an afsprakenkaart; the agency admin disables the
 * officer, and the officer's open page is logged out on its next request. axe on every Schakel
 * page (not on the provider's own sign-in form, which is a test fixture, not Schakel).
 *
 * The stack is this spec's own (onboarding-stack.ts): the shared demo server of
 * playwright.config.ts is not used.
 */

const REGION = { code: 'zvh-kustland', name: 'Zorg- en Veiligheidshuis Kustland' };
const FUNCTIONAL_ADMIN = {
  email: 'f.beheer@zvh-kustland.example',
  name: 'Fenna de Beheerder',
  password: 'Kustland-beheer-2026!',
};
const POLICE = {
  name: 'Politie basisteam Kustland',
  domain: 'politie-kustland.example',
  contact: 'servicedesk@politie-kustland.example',
};
const AGENCY_ADMIN = {
  email: 'a.beheer@politie-kustland.example',
  name: 'Anouk Politiebeheer',
  password: 'Politie-beheer-2026!',
};
const OFFICER = {
  email: 'w.agent@politie-kustland.example',
  name: 'Willem Wijkagent',
  sub: 'politie-kustland-10042',
};
const PERSON = { givenNames: 'Roos', familyName: 'Vermeer', dateOfBirth: '1991-04-17' };
const INSTRUCTIONS = 'Eerst de wijkcoach bellen; niet aan de deur aanspreken.';
const CONTACT = { name: 'Mirjam Wijkcoach', phone: '06 1122 3344' };

let stack: OnboardingStack;

test.describe.configure({ mode: 'serial' });
// One long journey through three people's sessions with axe on every page: minutes on a busy CI.
test.setTimeout(600_000);
// A step that cannot go on fails within a minute with what it waited for, not at the end.
test.use({ actionTimeout: 60_000, navigationTimeout: 60_000 });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  stack = await startOnboardingStack();
});

test.afterAll(async () => {
  await stack?.stop();
});

const url = (path: string) => new URL(path, stack.baseUrl).href;

/** A TOTP code as an authenticator app makes it (otplib, RFC 6238), `offset` steps ahead. */
async function totpCode(secret: string, offsetSteps = 0): Promise<string> {
  const { generate } = await import('otplib');
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSteps * 30 });
}

/** The single link to this Schakel in an e-mail's text. */
function linkIn(text: string): string {
  const links = text.match(/https?:\/\/\S+/g) ?? [];
  const own = links.filter((link) => link.startsWith(stack.baseUrl));
  expect(own, `one Schakel link in:\n${text}`).toHaveLength(1);
  return own[0]!;
}

async function newPage(browser: Browser, viewport?: { width: number; height: number }) {
  const context = await browser.newContext({
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    viewport,
  });
  return context.newPage();
}

/** The activation page from the e-mailed link: sets the password, then on to the login. */
async function activateFromMail(page: Page, email: string, password: string): Promise<void> {
  const mail = await stack.smtp.waitForMail(email, (m) => /account/i.test(m.subject), 60_000);
  // No personal data of clients in any e-mail; an invitation names nothing but the link.
  expect(mail.subject).toBe('Uw account in Schakel staat klaar');
  await page.goto(linkIn(mail.text));
  await expect(page).toHaveURL(/\/activeren/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uw Schakel-account activeren');
  await expectAccessible(page, `activation page of ${email}`);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByLabel('Herhaal wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Account activeren' }).click();
  await expect(page.getByText('Uw account is geactiveerd.')).toBeVisible();
  await expectAccessible(page, `activation done for ${email}`);
  await page.getByRole('link', { name: 'Naar inloggen' }).click();
  await expect(page).toHaveURL(/\/inloggen/);
}

/**
 * First login of a local-password account where MFA is required: the password, then the forced
 * enrolment of an authenticator app from the key shown, the recovery codes, and the home page.
 */
async function firstLoginWithTotp(
  page: Page,
  user: { email: string; name: string; password: string },
): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Inloggen bij Schakel');
  await expectAccessible(page, `login page for ${user.email}`);
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();

  await expect(page.getByRole('heading', { name: 'Stel een tweede stap in' })).toBeVisible();
  await expectAccessible(page, `MFA enrolment of ${user.email}`);
  await page.getByRole('button', { name: 'Authenticator-app instellen' }).click();
  const secretShown = page.locator('.schakel-totp-secret');
  await expect(secretShown).toBeVisible();
  await expect(page.getByRole('img', { name: /QR-code/ })).toBeVisible();
  await expectAccessible(page, `TOTP set-up of ${user.email}`);
  const secret = ((await secretShown.textContent()) ?? '').replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  await page.getByLabel('Code', { exact: true }).fill(await totpCode(secret));
  await page.getByRole('button', { name: 'Bevestigen' }).click();

  await expect(page.getByRole('heading', { name: 'Bewaar uw herstelcodes' })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Bewaar uw herstelcodes' }).getByRole('listitem'),
  ).not.toHaveCount(0);
  await expectAccessible(page, `recovery codes of ${user.email}`);
  await page.getByRole('button', { name: 'Ik heb de codes bewaard' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${user.name}`);
  await expectAccessible(page, `home of ${user.email}`);
}

test('a new region onboards the police: command, activation, TOTP, SSO, card lookup, disable', async ({
  browser,
}) => {
  let admin: Page;
  let agencyAdmin: Page;
  let officer: Page;
  // CSP violations and uncaught errors of every page, checked at the end.
  const watched: string[][] = [];

  await test.step('the admin command creates the region and its functional administrator', async () => {
    const region = await stack.admin([
      'create-region',
      '--code',
      REGION.code,
      '--name',
      REGION.name,
    ]);
    expect(region.code, region.stderr).toBe(0);
    const created = await stack.admin([
      'create-admin',
      '--region',
      REGION.code,
      '--email',
      FUNCTIONAL_ADMIN.email,
      '--name',
      FUNCTIONAL_ADMIN.name,
    ]);
    expect(created.code, created.stderr).toBe(0);
    // The command prints the one-time link too (for when no mail server is configured); the
    // journey uses the e-mail, as the person would.
    expect(created.stdout).toContain(`${stack.baseUrl}/activeren#`);
  });

  await test.step('set-up, not under test: a case with an agreed approach, by SQL', async () => {
    // The journey under test is onboarding, not case work (that is workflow.spec.ts): the case
    // and its afsprakenkaart are written straight into the new region's tables, as the demo
    // seed does (apps/api/src/demo/demo-agreed-approaches.queries.ts).
    const [zvh] = await stack.sql<{ regionId: string; agencyId: string }>(
      `SELECT r.id AS "regionId", a.id AS "agencyId"
         FROM region r JOIN agency a ON a.region_id = r.id AND a.type = 'ZVH'
        WHERE r.code = $1`,
      [REGION.code],
    );
    expect(zvh, 'the region and its ZVH agency').toBeTruthy();
    const { regionId, agencyId } = zvh!;
    const [person] = await stack.sql<{ id: string }>(
      `INSERT INTO person (region_id, given_names, family_name, date_of_birth)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [regionId, PERSON.givenNames, PERSON.familyName, PERSON.dateOfBirth],
    );
    const [caseFile] = await stack.sql<{ id: string }>(
      `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                              referring_agency_id, casusregisseur_agency_id)
       VALUES ($1, 'KUST-2026-0001', $2, 'FREQUENT_OFFENDER', 'ACTIVE', $3, $3) RETURNING id`,
      [regionId, person!.id, agencyId],
    );
    const [card] = await stack.sql<{ id: string }>(
      `INSERT INTO agreed_approach (region_id, case_id, instructions, valid_until, updated_by_agency_id)
       VALUES ($1, $2, $3, (now() AT TIME ZONE 'Europe/Amsterdam')::date + 60, $4) RETURNING id`,
      [regionId, caseFile!.id, INSTRUCTIONS, agencyId],
    );
    await stack.sql(
      `INSERT INTO agreed_approach_contact (region_id, agreed_approach_id, position, agency_id, name, phone)
       VALUES ($1, $2, 0, $3, $4, $5)`,
      [regionId, card!.id, agencyId, CONTACT.name, CONTACT.phone],
    );
  });

  await test.step('the functional administrator activates the account from the e-mail and enrols TOTP', async () => {
    admin = await newPage(browser);
    watched.push(watchConsole(admin));
    await activateFromMail(admin, FUNCTIONAL_ADMIN.email, FUNCTIONAL_ADMIN.password);
    await firstLoginWithTotp(admin, FUNCTIONAL_ADMIN);
  });

  await test.step('the functional administrator adds the police agency with its covenant signature', async () => {
    const page = admin;
    await page.getByRole('navigation').getByRole('link', { name: 'Organisaties' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Organisaties');
    // The new region has its ZVH agency only, made by the command.
    await expect(page.getByRole('row', { name: /Zorg- en Veiligheidshuis/ })).toHaveCount(1);
    await expectAccessible(page, 'the agencies of the region');
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
    await expect(page.getByLabel('Naam', { exact: true })).toBeFocused();
    // Saved empty first: the errors are translated, at their fields.
    await page.getByRole('button', { name: 'Organisatie opslaan' }).click();
    await expect(page.getByLabel('Naam', { exact: true })).toHaveAccessibleDescription(
      'Vul de naam van de organisatie in.',
    );
    await expect(page.getByLabel('Soort organisatie')).toHaveAccessibleDescription(
      'Kies de soort organisatie.',
    );
    await page.getByLabel('Naam', { exact: true }).fill(POLICE.name);
    await page.getByLabel('Soort organisatie').selectOption({ label: 'Politie' });
    await page.getByLabel('Contactpersoon').fill('Servicedesk');
    await page.getByLabel('Contact e-mailadres').fill(POLICE.contact);
    await page.getByLabel('Contact telefoon').fill('0900 8844');
    await expectAccessible(page, 'the form to add an agency');
    await page.getByRole('button', { name: 'Organisatie opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is toegevoegd' })).toHaveText(
      `${POLICE.name} is toegevoegd.`,
    );
    const row = page.getByRole('row', { name: new RegExp(POLICE.name) });
    await expect(row).toContainText('Niet ondertekend, geen toegang');
    await expectAccessible(page, 'the police agency added');

    // Its users are active only while it has signed the current covenant version.
    await row.getByRole('link', { name: POLICE.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(POLICE.name);
    await expect(page.getByLabel('Contact e-mailadres')).toHaveValue(POLICE.contact);
    const covenant = page.getByRole('region', { name: 'Convenant' });
    // Index 0 is "Kies een versie"; 1 is the newest, the region's only version.
    await covenant.getByLabel('Ondertekende convenantversie').selectOption({ index: 1 });
    await expect(covenant.getByLabel('Datum ondertekening')).not.toHaveValue('');
    await covenant.getByRole('button', { name: 'Ondertekening vastleggen' }).click();
    await expect(covenant.getByRole('status')).toContainText(
      `Vastgelegd: ${POLICE.name} heeft versie 1 ondertekend`,
    );
    await expect(covenant).toContainText('Stand: Huidige versie 1 ondertekend');
    await expectAccessible(page, 'the police agency with its signature');

    // On a phone: the page itself does not scroll sideways, the table does (whole words kept).
    await page.setViewportSize({ width: 375, height: 740 });
    await page.getByRole('link', { name: 'Terug naar organisaties' }).click();
    const table = page.getByRole('region', { name: 'Organisaties van de regio' });
    await expect(table.getByRole('link', { name: POLICE.name })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    await expectAccessible(page, 'the agencies at 375 px');
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  await test.step('the functional administrator invites the police agency admin', async () => {
    const page = admin;
    await page.getByRole('navigation').getByRole('link', { name: 'Organisaties' }).click();
    await expect(page.getByRole('row', { name: new RegExp(POLICE.name) })).toContainText(
      'Huidige versie 1 ondertekend',
    );
    await page.getByRole('link', { name: POLICE.name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(POLICE.name);
    const invite = page.getByRole('region', { name: 'Beheerder uitnodigen' });
    await invite.getByLabel('Naam', { exact: true }).fill(AGENCY_ADMIN.name);
    await invite.getByLabel('E-mailadres').fill(AGENCY_ADMIN.email);
    await invite.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(invite.getByRole('status')).toHaveText(
      `De uitnodiging is per e-mail naar ${AGENCY_ADMIN.email} verstuurd.`,
    );
    // The agency's admins, the invited one marked as such.
    await expect(
      page.getByRole('region', { name: 'Beheerders van de organisatie' }).getByRole('listitem'),
    ).toHaveText([`${AGENCY_ADMIN.name} (${AGENCY_ADMIN.email}), uitgenodigd`]);
    await expectAccessible(page, 'the agency admin invited');
  });

  await test.step('the agency admin activates from the e-mail, enrols TOTP and invites an officer', async () => {
    agencyAdmin = await newPage(browser);
    watched.push(watchConsole(agencyAdmin));
    await activateFromMail(agencyAdmin, AGENCY_ADMIN.email, AGENCY_ADMIN.password);
    await firstLoginWithTotp(agencyAdmin, AGENCY_ADMIN);

    const page = agencyAdmin;
    await page.getByRole('navigation').getByRole('link', { name: 'Gebruikers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruikers');
    await expectAccessible(page, 'the users of the police agency');
    await page.getByLabel('Naam', { exact: true }).fill(OFFICER.name);
    await page.getByLabel('E-mailadres', { exact: true }).fill(OFFICER.email);
    await page.getByRole('checkbox', { name: 'Professional' }).check();
    await expectAccessible(page, 'the invitation form filled in');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await expect(
      page.getByText(`De uitnodiging is per e-mail naar ${OFFICER.email} verstuurd.`),
    ).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(OFFICER.name) })).toContainText(
      'Uitgenodigd',
    );
    await expectAccessible(page, 'the officer invited');
  });

  await test.step('the functional administrator binds the police to its OpenID provider', async () => {
    // After the agency admin's first login, on purpose: once its e-mail domain is bound, the
    // login page sends every address of that domain to the provider (decided by domain, so it
    // tells nobody whether an account exists), and a local password of that domain can no
    // longer be used. The agency admin's open session goes on.
    const page = admin;
    await page.getByRole('navigation').getByRole('link', { name: 'Single sign-on' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Inloggen via de eigen organisatie (single sign-on)',
    );
    await expectAccessible(page, 'the single sign-on settings');
    await page.getByLabel('Organisatie', { exact: true }).selectOption({ label: POLICE.name });
    await expect(page.getByText('Deze organisatie logt nog in met wachtwoorden.')).toBeVisible();
    await page.getByLabel('Issuer (adres van de inlogdienst)').fill(stack.oidc.issuer);
    await page.getByLabel('Client-ID').fill(stack.oidc.secretClient.clientId);
    await page.getByRole('radio', { name: 'Met een clientgeheim' }).check();
    await page
      .getByLabel('Clientgeheim', { exact: true })
      .fill(stack.oidc.secretClient.clientSecret);
    await page.getByLabel('E-maildomeinen (één per regel)').fill(POLICE.domain);
    await expectAccessible(page, 'the binding form');
    await page.getByRole('button', { name: 'Koppeling opslaan' }).click();
    await expect(
      page.getByText('De koppeling is opgeslagen en gecontroleerd bij de inlogdienst.'),
    ).toBeVisible();
    // The secret is never shown again.
    await expect(page.locator('body')).not.toContainText(stack.oidc.secretClient.clientSecret);
    await expectAccessible(page, 'the binding saved');
  });
  await test.step('the officer signs in through the police provider and finds the afsprakenkaart', async () => {
    // The officer's account at the police's own provider; Schakel knows the officer only from
    // the invitation (mapped by e-mail), never sets a password for them.
    stack.oidc.addAccount({
      sub: OFFICER.sub,
      email: OFFICER.email,
      emailVerified: true,
      name: OFFICER.name,
    });
    officer = await newPage(browser, { width: 375, height: 740 });
    watched.push(watchConsole(officer));
    const page = officer;
    await page.goto(url('/'));
    await expect(page).toHaveURL(/\/inloggen/);
    await expectAccessible(page, 'login page for the officer');
    await page.getByLabel('E-mailadres').fill(OFFICER.email);
    await page.getByLabel('E-mailadres').blur();
    await expect(page.getByRole('button', { name: 'Verder bij uw organisatie' })).toBeVisible();
    // No password field for an address whose agency signs its people in.
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveCount(0);
    await expectAccessible(page, 'login page, SSO step');
    await page.getByRole('button', { name: 'Verder bij uw organisatie' }).click();

    // The provider's own sign-in form (a fixture, not Schakel: no axe here).
    await expect(page).toHaveURL(new RegExp(`^${stack.oidc.issuer}`));
    await page.getByLabel('Gebruikersnaam').fill(OFFICER.sub);
    await page.getByRole('button', { name: 'Inloggen bij provider' }).click();

    await expect(page).toHaveURL(new RegExp(`^${stack.baseUrl}`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${OFFICER.name}`);
    await expect(page.getByRole('banner')).toContainText(POLICE.name);
    await expectAccessible(page, 'home of the officer at 375 px');

    const menu = page.getByRole('button', { name: 'Menu' });
    if (await menu.isVisible()) await menu.click();
    await page.getByRole('navigation').getByRole('link', { name: 'Afsprakenkaart' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Afsprakenkaart opzoeken');
    await expectAccessible(page, 'the lookup at 375 px');
    await page.getByRole('radio', { name: 'Naam en geboortedatum' }).check();
    await page.getByLabel('Achternaam', { exact: true }).fill(PERSON.familyName);
    await page.getByLabel('Geboortedatum', { exact: true }).fill(PERSON.dateOfBirth);
    await page.getByLabel('Doel van de zoekactie').selectOption({ label: 'Controle op straat' });
    await page.getByLabel('Toelichting').fill('Melding overlast, Kustweg');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const result = page.getByRole('region', { name: 'Resultaat' });
    await expect(result).toContainText('1 afsprakenkaart gevonden.');
    await expect(result).toContainText(INSTRUCTIONS);
    await expect(
      result.getByRole('link', { name: `Bel ${CONTACT.name}: ${CONTACT.phone}` }),
    ).toHaveAttribute('href', /^tel:/);
    await expectAccessible(page, 'the card found at 375 px');
  });

  await test.step('the agency admin disables the officer; the officer is logged out on the next request', async () => {
    const page = agencyAdmin;
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruikers');
    const row = page.getByRole('row', { name: new RegExp(OFFICER.name) });
    await row.getByRole('button', { name: `${OFFICER.name} uitschakelen` }).click();
    await expect(row).toContainText('Uitgeschakeld');
    await expectAccessible(page, 'the officer disabled');

    // The officer's page is still open on the card; its next request fails and ends the session.
    await officer.getByRole('button', { name: 'Zoeken' }).click();
    await expect(officer).toHaveURL(/\/inloggen/);
    await expect(officer.getByRole('heading', { level: 1 })).toHaveText('Inloggen bij Schakel');
    await expectAccessible(officer, 'the officer logged out');
    // And nothing of the card is left on the screen.
    await expect(officer.locator('body')).not.toContainText(INSTRUCTIONS);
  });

  expect(watched.flat()).toEqual([]);
  for (const page of [admin!, agencyAdmin!, officer!]) await page?.context().close();
});
