import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, openCaseSection, USERS, watchConsole } from './support';

/*
 * Issue 16 item 1, the case team in the portal. Each test leaves the demo data as other specs
 * expect it: the procesregisseur invites the housing corporation into Sandra's ZVH-2026-002 and
 * ends that participation again, and makes the police casusregisseur and the municipality again; GGZ's consent for the
 * police in Kevin's ZVH-2026-001 is recorded and withdrawn (the wijkagent sees CARE, then no
 * longer); break-the-glass opens the closed ZVH-2025-017, which no other spec uses.
 */

// Three users per test on a busy CI machine (two cores): generous, never a fixed sleep.
test.describe.configure({ timeout: 180_000 });

const GGZ = { email: 'ggz@ggz.demo.example', name: 'Noor Jansen' };
const VEILIG_THUIS = 'Veilig Thuis Demo-regio';
const GEMEENTE = 'Gemeente Demostad';
const POLITIE = USERS.wijkagent.agency;
const WONING = 'Woonstichting Demohuis';
const CARE_TEXT = 'Diagnose en behandelplan bij de GGZ';
const WITHHELD = /Afgeschermd\s*:?\s*geen toegang onder het convenant/;

async function signIn(page: Page, user: { email: string; name: string }): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${user.name}`);
}

async function pageAs(browser: Browser, user: { email: string; name: string }): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

/** Opens a case by its number through the API's own list (what the user may see). */
async function openCase(page: Page, reference: string): Promise<void> {
  const response = await page.request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true' },
    data: { query: '{ cases(first: 50) { nodes { id reference } } }' },
  });
  const body = (await response.json()) as {
    data: { cases: { nodes: { id: string; reference: string }[] } };
  };
  const found = body.data.cases.nodes.find((node) => node.reference === reference);
  expect(found?.reference, `${reference} in the list`).toBe(reference);
  await page.goto(`/dossiers/${found!.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dossier ${reference}`);
}

/** The case page's section, opened first when the page folds its sections away. */
async function section(page: Page, name: string, tab: string) {
  const opener = page
    .getByRole('tab', { name: tab, exact: true })
    .or(page.getByRole('navigation').getByRole('link', { name: tab, exact: true }));
  if ((await opener.count()) > 0) await opener.first().click();
  const region = page.getByRole('region', { name, exact: true });
  await expect(region).toBeVisible();
  return region;
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('the procesregisseur builds the case team: invites a partner on a legal basis, changes the casusregisseur and ends a participation', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 800 });
  await signIn(page, USERS.procesregisseur);
  await openCase(page, 'ZVH-2026-002');
  const team = await section(page, 'Deelnemers', 'Deelnemers');
  await expect(team).toContainText('Casusregisseur: Fleur Smit, Gemeente Demostad');

  // Invite the housing corporation: the legal basis is chosen from the covenant's list.
  await team.getByRole('button', { name: 'Ketenpartner uitnodigen' }).click();
  await team.getByLabel('Uit te nodigen organisatie').selectOption({ label: WONING });
  await team.getByLabel('Reden van deelname').fill('Huurachterstand; woningcorporatie nodig.');
  await team.getByRole('checkbox', { name: 'Plan van aanpak' }).check();
  await team.getByLabel('Grondslag', { exact: true }).selectOption('Wmo 2015');
  await expectAccessible(page, 'the invitation form');
  await team.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
  await expect(team.getByText(`${WONING} neemt nu deel aan de casus.`)).toBeVisible();
  const housing = team.getByRole('listitem').filter({ hasText: WONING });
  await expect(housing).toContainText('Neemt deel');
  await expect(housing).toContainText('Wmo 2015');

  // Change the casusregisseur to the police (the agency; no professional named yet).
  await team.getByRole('button', { name: 'Casusregisseur wijzigen' }).click();
  await expect(team.getByLabel('Organisatie', { exact: true })).not.toContainText(
    'Zorg- en Veiligheidshuis',
  );
  await team.getByLabel('Organisatie', { exact: true }).selectOption({ label: POLITIE });
  await expectAccessible(page, 'the casusregisseur form');
  await team.getByRole('button', { name: 'Opslaan' }).click();
  await expect(team.getByText('De casusregisseur is gewijzigd.')).toBeVisible();
  await expect(team).toContainText(`Casusregisseur: ${POLITIE} (nog geen professional aangewezen)`);
  await expect(team.getByRole('listitem').filter({ hasText: POLITIE })).toContainText(
    'Casusregisseur',
  );
  // The referrer stays the referrer.
  await expect(team.getByRole('listitem').filter({ hasText: VEILIG_THUIS })).toContainText(
    'Aanmelder',
  );

  // End the housing corporation's participation, with a reason; it stays listed as ended.
  await page.setViewportSize({ width: 375, height: 800 });
  await housing.getByRole('button', { name: `Deelname van ${WONING} beëindigen` }).click();
  await housing.getByRole('button', { name: 'Deelname beëindigen' }).click();
  await expect(housing.getByText('Vul een reden van 10 tot 2000 tekens in.')).toBeVisible();
  await housing.getByLabel('Reden van beëindiging').fill('Huurachterstand is opgelost.');
  await expectAccessible(page, 'ending a participation on a phone');
  await expectNoSidewaysScroll(page);
  await housing.getByRole('button', { name: 'Deelname beëindigen' }).click();
  await expect(team.getByText(`De deelname van ${WONING} is beëindigd.`)).toBeVisible();
  await expect(housing).toContainText('Beëindigd');
  await expect(housing).toContainText('Huurachterstand is opgelost.');

  // The demo's casusregisseur again: Fleur Smit of the municipality.
  await team.getByRole('button', { name: 'Casusregisseur wijzigen' }).click();
  await team.getByLabel('Organisatie', { exact: true }).selectOption({ label: GEMEENTE });
  await team.getByLabel('Professional').selectOption({ label: 'Fleur Smit' });
  await team.getByRole('button', { name: 'Opslaan' }).click();
  await expect(team).toContainText('Casusregisseur: Fleur Smit, Gemeente Demostad');
  await expectAccessible(page, 'the case team on a phone');
  expect(problems).toEqual([]);
});

test('care records a consent for the police, who then read CARE, and withdraws it, after which they no longer do', async ({
  page,
  browser,
}) => {
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, GGZ);
  await openCase(page, 'ZVH-2026-001');
  const consents = await section(page, 'Toestemmingen en conflict van plichten', 'Toestemmingen');
  await consents.getByRole('button', { name: 'Toestemming vastleggen' }).click();
  await consents.getByRole('button', { name: 'Toestemming vastleggen' }).last().click();
  // Nothing chosen yet: the form says what is missing, starting at the first field.
  await expect(consents.getByLabel('Categorie')).toBeFocused();
  await consents.getByLabel('Categorie').selectOption({ label: 'Zorg' });
  await consents.getByLabel('Ontvanger').selectOption({ label: USERS.wijkagent.agency });
  await consents
    .getByLabel('Hoe is de toestemming gegeven?')
    .fill('Mondeling, 4-12-2026, in gesprek met de behandelaar.');
  await expectAccessible(page, 'the consent form on a phone');
  await expectNoSidewaysScroll(page);
  await consents.getByRole('button', { name: 'Toestemming vastleggen' }).last().click();
  await expect(
    consents.getByText(`Toestemming vastgelegd: ${USERS.wijkagent.agency} mag Zorg lezen.`),
  ).toBeVisible();
  const consent = consents
    .getByRole('listitem')
    .filter({ hasText: `Toestemming: ${USERS.wijkagent.agency} mag Zorg lezen` })
    .filter({ hasText: 'Mondeling, 4-12-2026' });
  await expect(consent).toContainText('Geldig');

  // The wijkagent now reads CARE in this case.
  const agent = await pageAs(browser, USERS.wijkagent);
  await openCase(agent, 'ZVH-2026-001');
  await openCaseSection(agent, 'Informatie');
  const care = agent.getByRole('region', { name: 'Zorg', exact: true });
  await expect(care).toContainText(CARE_TEXT);
  await expect(care).toContainText('toestemming van de betrokkene');

  // Withdrawn: the next request no longer shows it.
  await page.setViewportSize({ width: 1366, height: 800 });
  await consent.getByRole('button', { name: /^Toestemming voor .* intrekken$/ }).click();
  await expectAccessible(page, 'withdrawing a consent');
  await consent.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(
    consents.getByText(
      `Toestemming ingetrokken: ${USERS.wijkagent.agency} kan Zorg niet meer lezen.`,
    ),
  ).toBeVisible();
  await expect(consent).toContainText('Ingetrokken op');
  await agent.reload();
  await expect(agent.getByRole('heading', { level: 1 })).toHaveText('Dossier ZVH-2026-001');
  // The section's address survives the reload.
  await expect(care).toBeVisible();
  await expect(care).toContainText(WITHHELD);
  await expect(care).not.toContainText(CARE_TEXT);
  await agent.context().close();
  expect(problems).toEqual([]);
});

test('the procesregisseur breaks the glass on a case it cannot see; the privacy officer sees the opening', async ({
  page,
  browser,
}) => {
  const problems = watchConsole(page);
  const reason = `Acute dreiging gemeld bij de oude cliënt (e2e ${Date.now()})`;
  await page.setViewportSize({ width: 375, height: 800 });
  await signIn(page, USERS.procesregisseur);
  await page.goto('/dossiers/openen-buiten-deelname');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Dossier openen buiten deelname (break-the-glass)',
  );
  await page.getByLabel('Dossiernummer').fill('ZVH-2025-017');
  await page.getByLabel('Reden').fill(reason);
  await page.getByRole('button', { name: 'Dossier openen' }).click();
  // Not without saying that it is understood.
  await expect(page.getByText('Bevestig dat u dit begrijpt.')).toBeVisible();
  await expectAccessible(page, 'the break-the-glass form on a phone');
  await expectNoSidewaysScroll(page);
  await page.getByLabel(/^Ik begrijp dat deze opening/).check();
  await page.getByRole('button', { name: 'Dossier openen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dossier ZVH-2025-017');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Geopend met de doorbreekprocedure' }),
  ).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 800 });
  await expectAccessible(page, 'a case opened with break-the-glass');

  const privacy = await pageAs(browser, USERS.privacy);
  await privacy.goto('/privacy/break-the-glass');
  await expect(privacy.getByRole('listitem').filter({ hasText: reason })).toContainText(
    'ZVH-2025-017',
  );
  await privacy.context().close();
  expect(problems).toEqual([]);
});
