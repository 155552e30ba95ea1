import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn, USERS, watchConsole } from './support';

/*
 * The privacy officer on a phone-sized screen: the chain status and a trail search, the review of
 * a break-the-glass opening made for this test by the procesregisseur (reviews are final, so the
 * test makes its own), and the signals page with the demo's police lookup outside participation,
 * whose link opens the trail of that officer on that day. The trail speaks in words (issue 16):
 * names of employees and persons, Dutch labels for access paths, and the procesregisseur's view of
 * a case page on one line that unfolds into its events.
 */

const REFERENCE = 'ZVH-2026-001';
/** The person of REFERENCE, and of ZVH-2026-003 (the police lookup outside participation). */
const PERSON = 'Kevin Voorbeeld';
const LOOKED_UP = 'Ahmed Fictief';

async function graphql<T>(page: Page, query: string, variables = {}, csrf?: string): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

async function openMenuLink(page: Page, name: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name }).click();
}

test('the privacy officer searches the trail, reviews a break-the-glass and follows a signal', async ({
  page,
  browser,
}) => {
  // Two logins, a case page and axe on a long trail at two widths: more than the default minute.
  test.setTimeout(150_000);
  // The procesregisseur opens a case outside the covenant, with a reason unique to this run.
  const reason = `Acute dreiging gemeld door de wijkagent (e2e ${Date.now()})`;
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const regie = await context.newPage();
  await regie.goto('/inloggen');
  await logIn(regie, USERS.procesregisseur);
  await expect(regie.getByRole('heading', { level: 1 })).toHaveText(
    `Welkom, ${USERS.procesregisseur.name}`,
  );
  const { me } = await graphql<{ me: { csrfToken: string } }>(regie, '{ me { csrfToken } }');
  const { cases } = await graphql<{ cases: { nodes: { id: string; reference: string }[] } }>(
    regie,
    '{ cases(first: 50) { nodes { id reference } } }',
  );
  const caseId = cases.nodes.find((c) => c.reference === REFERENCE)!.id;
  await graphql(
    regie,
    'mutation B($input: BreakGlassInput!) { breakGlass(input: $input) { id } }',
    { input: { caseId, reason } },
    me.csrfToken,
  );
  // One page view of the case: several reads, which the trail shows as one line.
  await regie.goto(`/dossiers/${caseId}`);
  await expect(regie.getByRole('heading', { level: 1 })).toContainText(REFERENCE);
  await context.close();

  const problems = watchConsole(page);
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/inloggen');
  await logIn(page, USERS.privacy);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${USERS.privacy.name}`);
  await expect(
    page.getByRole('link', { name: /^Break-the-glass beoordelen \(open: \d+\)$/ }),
  ).toBeVisible();

  // The trail: the chain is intact, and the opening shows with its reason.
  await openMenuLink(page, 'Audittrail');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audittrail');
  await page.getByRole('button', { name: 'Keten nu controleren' }).click();
  await expect(
    page.getByText(/^Keten intact, [\d.]+ gebeurtenis(sen)? gecontroleerd\.$/),
  ).toBeVisible();
  await page.getByLabel('Dossiernummer').fill(REFERENCE);
  await page.getByLabel('Break-the-glass', { exact: true }).check();
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  const opening = page.getByRole('article').filter({ hasText: reason });
  await expect(opening.getByText('Nog niet beoordeeld')).toBeVisible();
  // In words: the access path, the employee and the person by name, the role in Dutch.
  await expect(
    opening.getByRole('heading', {
      name: /^Dossier geopend buiten het convenant \(break-the-glass\) — /,
    }),
  ).toBeVisible();
  await expect(opening.getByText(USERS.procesregisseur.name, { exact: true })).toBeVisible();
  await expect(opening.getByRole('button', { name: `Alleen ${PERSON}` })).toBeVisible();
  await expect(opening.getByText('Professional, Procesregisseur')).toBeVisible();
  await expectAccessible(page, 'the audit trail');

  // The procesregisseur's visit of the case page: one line "Dossier bekeken" that unfolds.
  await page.getByLabel('Break-the-glass', { exact: true }).uncheck();
  await page.getByLabel('Inzien', { exact: true }).check();
  await page.getByLabel('Medewerker').fill(USERS.procesregisseur.email);
  await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
  const visit = page
    .getByRole('article')
    .filter({ has: page.getByRole('heading', { level: 3, name: /^Dossier bekeken — / }) })
    .first();
  await expect(visit).toContainText(`over ${PERSON}`);
  const unfold = visit.getByRole('button', { name: /^Toon de / });
  await expect(unfold).toHaveAttribute('aria-expanded', 'false');
  await unfold.click();
  await expect(visit.getByRole('button', { name: /^Verberg de / })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  expect(await visit.getByRole('heading', { level: 4 }).count()).toBeGreaterThan(1);
  await expect(visit.getByRole('heading', { level: 4, name: /^Dossier bekeken — / })).toBeVisible();
  await expectAccessible(page, 'an unfolded page view at 375 px');
  await page.setViewportSize({ width: 1366, height: 800 });
  await expectAccessible(page, 'an unfolded page view at 1366 px');
  await page.setViewportSize({ width: 375, height: 740 });

  // The review queue: judge the opening; it leaves the queue.
  await page
    .getByRole('navigation', { name: 'Privacy-office' })
    .getByRole('link', { name: /^Break-the-glass beoordelen/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Break-the-glass beoordelen');
  const item = page.getByRole('listitem').filter({ hasText: reason });
  await expectAccessible(page, 'the break-the-glass queue');
  await item.getByLabel('Gerechtvaardigd', { exact: true }).check();
  await item.getByLabel('Toelichting').fill('Acute dreiging, casusregisseur niet bereikbaar.');
  await item.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await expect(page.getByText('Beoordeling opgeslagen: Gerechtvaardigd.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: reason })).toHaveCount(0);

  // Signals: the demo's police lookup outside participation links to that officer's trail.
  await page
    .getByRole('navigation', { name: 'Privacy-office' })
    .getByRole('link', { name: 'Signalen' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Signalen');
  const lookup = page
    .getByRole('listitem')
    .filter({ hasText: 'Opzoeking buiten deelname' })
    .first();
  await expect(lookup).toContainText(USERS.wijkagent.name);
  await expect(lookup).toContainText(LOOKED_UP);
  await expect(lookup).toContainText('Afsprakenkaart opgezocht');
  await expectAccessible(page, 'the signals page');
  await lookup.getByRole('link', { name: /^Open de audittrail van / }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audittrail');
  await expect(
    page.getByRole('heading', { level: 3, name: /^Afsprakenkaart opgezocht — / }).first(),
  ).toBeVisible();
  expect(problems).toEqual([]);
});
