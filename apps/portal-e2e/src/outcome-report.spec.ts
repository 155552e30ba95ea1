import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectAccessible, logIn, USERS, watchConsole } from './support';

/*
 * Issue 18 item 4: the procesregisseur's quarter report shows the change per life domain. The
 * spec makes its own cases through the API (so it passes with or without demo scores): five
 * radicalisation referrals of persons without a wijk, accepted, scored Wonen 2 at intake and 4 at
 * closing — a cell of five, the smallest shown. The report, narrowed to that theme and "Zonder
 * wijk", shows +2,0 for Wonen in the table and the chart; the CSV holds the same figure; axe at
 * 1366 and 375 px. Then a sixth case in another theme stays withheld.
 */

async function graphql<T>(page: Page, query: string, variables = {}, csrf?: string): Promise<T> {
  const response = await page.request.post('/graphql', {
    headers: { 'apollo-require-preflight': 'true', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

const FAMILY = ['Akkerman', 'Bosveld', 'Claessens', 'Dijkhuis', 'Everaert', 'Franken'];

const CREATE = `mutation R($input: CreateReferralInput!) { createReferral(input: $input) { caseId } }`;
const DECIDE = `mutation D($input: DecideReferralInput!) { decideReferral(input: $input) { caseId } }`;
const SCORE = `mutation S($input: ScoreLifeDomainsInput!) { scoreLifeDomains(input: $input) { moment } }`;

async function scoredCase(
  page: Page,
  csrf: string,
  agencyId: string,
  name: string,
  theme: string,
  n: number,
) {
  const { createReferral } = await graphql<{ createReferral: { caseId: string } }>(
    page,
    CREATE,
    {
      input: {
        person: {
          // Nothing alike between them (another name and birth date): no possible match to decide.
          givenNames: ['Anouk', 'Bram', 'Cees', 'Dewi', 'Eline', 'Fatima'][n]!,
          familyName: name,
          dateOfBirth: `19${70 + n * 4}-0${n + 1}-1${n}`,
          street: 'Rapportstraat',
          houseNumber: '1',
          postcode: '9999AB',
          city: 'Demostad',
        },
        theme,
        reason: 'Zorgen over radicalisering en het netwerk in de buurt.',
        goal: 'Een gezamenlijke aanpak met de partners.',
        reasonCategories: ['PLAN'],
        proposedAgencyIds: [],
        personInformed: true,
        notInformedReason: null,
      },
    },
    csrf,
  );
  const caseId = createReferral.caseId;
  await graphql(
    page,
    DECIDE,
    {
      input: {
        caseId,
        decision: 'ACCEPTED',
        reason: 'Voldoet aan de criteria voor een casusoverleg.',
        casusregisseurAgencyId: agencyId,
        partnerAgencyIds: [agencyId],
        criteria: {
          multiDomain: true,
          chainsCooperate: true,
          impactOnSurroundings: true,
          seriousLocalSafety: false,
        },
      },
    },
    csrf,
  );
  for (const [moment, score] of [
    ['INTAKE', 2],
    ['CLOSING', 4],
  ] as const) {
    await graphql(
      page,
      SCORE,
      { input: { caseId, moment, scores: [{ domain: 'HOUSING', score }] } },
      csrf,
    );
  }
}

test('the procesregisseur’s quarter report shows the change per life domain, and downloads it as CSV', async ({
  page,
}) => {
  // Six referrals, triage and scores through the API, and four axe scans on a loaded machine.
  test.setTimeout(240_000);
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/inloggen');
  await logIn(page, USERS.procesregisseur);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Welkom, ${USERS.procesregisseur.name}`,
  );
  const { me, agencies } = await graphql<{
    me: { csrfToken: string };
    agencies: { id: string; type: string }[];
  }>(page, '{ me { csrfToken } agencies { id type } }');
  // The wijkteam leads the cases; the procesregisseur scores them as a lead too (ADR 0028).
  const lead = agencies.find((a) => a.type === 'MUNICIPALITY')!.id;
  const run = Date.now() % 100_000;
  for (let i = 0; i < 5; i++) {
    await scoredCase(page, me.csrfToken, lead, `${FAMILY[i]!}${run}`, 'RADICALISATION', i);
  }

  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Rapportage' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Wat werkt: rapportage van de regio',
  );
  await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Radicalisering' });
  await page.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Zonder wijk' });

  const change = page.getByRole('table', {
    name: 'Gemiddelde verandering per leefgebied in de gekozen periode',
  });
  const housing = change
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Wonen' }) });
  await expect(housing.getByRole('cell')).toHaveText(['5', '+2,0']);
  // A domain nobody scored says so (no withheld cell holds a score of it either); the chart names the same figure as the table.
  await expect(
    change
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Financiën' }) })
      .getByRole('cell'),
  ).toHaveText(['0', 'geen scores']);
  await expect(page.getByRole('img', { name: 'Wonen: +2,0' })).toBeVisible();
  await expect(page.getByText('Cijfers over minder dan 5 casussen zijn afgeschermd')).toBeVisible();
  await expectAccessible(page, 'the outcome report, 1366 px');
  await page.screenshot({ path: 'tmp/outcome-report-1366.png', fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download als CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^schakel-rapportage-\d{4}-\d{2}-01-\d{4}-\d{2}-01\.csv$/,
  );
  const csv = await readFile(await download.path(), 'utf8');
  const [header, ...lines] = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const columns = header!.split(';');
  const housingColumn = columns.indexOf('Verandering Wonen');
  expect(housingColumn).toBeGreaterThan(0);
  const cell = lines
    .map((l) => l.split(';'))
    .find((l) => l[0] === 'Cel' && l[3] === 'Radicalisering');
  expect(cell?.[housingColumn]).toBe('2');
  expect(cell?.[columns.indexOf('Aangemeld')]).toBe('5');

  // A sixth case in another theme, alone in its cell: withheld, on the page and in the CSV.
  await scoredCase(page, me.csrfToken, lead, `${FAMILY[5]!}${run}`, 'UNDERMINING', 5);
  await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Ondermijning' });
  // Its cell says withheld; the period's total counts only shown figures and says it left it out.
  const cells = page.getByRole('table', { name: 'Casussen per kwartaal, wijk en thema' });
  await expect(cells.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'Zonder wijk',
    'Ondermijning',
    'afgeschermd',
    '0',
    '0',
  ]);
  // Its scores are in the withheld cell: the total says so, never a bare 0 that reads as "none".
  await expect(housing.getByRole('cell')).toHaveText(['afgeschermd', 'afgeschermd']);
  await expect(page.getByRole('img', { name: 'Wonen: afgeschermd' })).toBeVisible();
  const quarters = page.getByRole('table', { name: 'Cijfers per kwartaal' });
  await expect(quarters).toHaveAccessibleDescription(/“12 \+ afgeschermd”/);
  // This quarter's only cell of the selection is withheld: its referrals read "afgeschermd", not 0.
  await expect(quarters.getByRole('row').last().getByRole('cell').first()).toHaveText(
    'afgeschermd',
  );

  await page.setViewportSize({ width: 375, height: 740 });
  await page.getByLabel('Thema', { exact: true }).selectOption({ label: 'Radicalisering' });
  await expect(housing.getByRole('cell')).toHaveText(['5', '+2,0']);
  await expectAccessible(page, 'the outcome report, 375 px');
  await page.screenshot({ path: 'tmp/outcome-report-375.png', fullPage: true });
  expect(problems).toEqual([]);
});
