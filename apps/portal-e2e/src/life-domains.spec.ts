import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn, openCaseSection, USERS, watchConsole } from './support';

/*
 * Issue 18 item 3: the casusregisseur (probation, in ZVH-2026-001) scores the life domains at
 * intake and again at the adopted plan, with Schakel's level texts in view, and sees each domain
 * over time as a table beside a chart. The CARE domains are not offered to probation. First at
 * 1366 px, then on a 375-px phone. Other specs do not read the scores of this case.
 */

const REFERENCE = 'ZVH-2026-001';

async function openLifeDomains(page: Page): Promise<void> {
  await page.goto('/dossiers');
  await page.getByRole('link', { name: REFERENCE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dossier ${REFERENCE}`);
  await openCaseSection(page, 'Leefgebieden');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Zelfredzaamheid per leefgebied' }),
  ).toBeVisible();
}

/** Chooses a level for a domain in the open scoring form. */
async function choose(page: Page, domain: string, level: string): Promise<void> {
  await page
    .getByRole('group', { name: domain, exact: true })
    .getByRole('radio', { name: level })
    .check();
}

const row = (page: Page, domain: string) =>
  page
    .getByRole('table', { name: 'Scores per leefgebied en moment' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: domain, exact: true }) });

test('the casusregisseur scores the domains twice and sees them over time in a table and a chart', async ({
  page,
}) => {
  // Five axe scans on a shared two-core machine: generous, no fixed waits.
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await logIn(page, USERS.reclassering);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Welkom, ${USERS.reclassering.name}`,
  );
  await openLifeDomains(page);
  await expect(page.getByText('Er zijn nog geen scores vastgelegd.')).toBeVisible();
  await expectAccessible(page, 'life domains, nothing scored, 1366 px');

  // Intake: the form takes the focus and shows the level texts of each domain.
  await page.getByRole('button', { name: 'Scoren: Intake' }).click();
  const form = page.getByRole('form', { name: 'Scoren: Intake' });
  await expect(form.getByRole('heading', { name: 'Scoren: Intake' })).toBeFocused();
  await expect(
    form.getByText('Tijdelijk onderdak (opvang, bij kennissen) of de woning is in gevaar'),
  ).toBeVisible();
  // Probation may not read CARE: those domains are named, not offered.
  await expect(form).toContainText('Niet te scoren door uw organisatie (categorie Zorg');
  await expect(form.getByRole('group', { name: 'Verslaving', exact: true })).toHaveCount(0);

  // Nothing chosen: a clear message, nothing saved.
  await form.getByRole('button', { name: 'Scores opslaan' }).click();
  await expect(form.getByRole('alert')).toContainText(
    'Kies bij minstens één leefgebied een score.',
  );
  await expectAccessible(page, 'scoring form with a problem, 1366 px');

  await choose(page, 'Wonen', '2 – Ernstige problemen');
  await choose(page, 'Financiën', '1 – Crisis');
  await choose(page, 'Justitie en gedrag', '2 – Ernstige problemen');
  await form.getByRole('button', { name: 'Scores opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'De scores van Intake zijn opgeslagen.' }),
  ).toBeFocused();
  await expect(form).toHaveCount(0);
  await expect(row(page, 'Wonen').getByRole('cell').first()).toHaveText('2 – Ernstige problemen');
  await expect(row(page, 'Verslaving').getByRole('cell').first()).toContainText('Afgeschermd');
  // The plan's goals stand next to their domain.
  await expect(row(page, 'Financiën').getByRole('cell').last()).toHaveText(
    'Schulden zijn in beeld en er loopt een schuldhulptraject',
  );
  await expect(row(page, 'Opvoeding').getByRole('cell').last()).toHaveText('Geen doel');
  const chart = page.getByRole('group', { name: /Grafiek van de scores per leefgebied/ });
  await expect(chart).toBeVisible();
  await expect(
    chart.getByRole('img', { name: 'Wonen, Intake: 2 – Ernstige problemen' }),
  ).toBeVisible();
  await expectAccessible(page, 'life domains with the intake, 1366 px');

  // On the phone: the adopted plan (version 1), scored again; chart and table show both moments.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByRole('button', { name: 'Scoren: Plan versie 1' }).click();
  const planForm = page.getByRole('form', { name: 'Scoren: Plan versie 1' });
  await expect(planForm.getByRole('heading', { name: 'Scoren: Plan versie 1' })).toBeFocused();
  await choose(page, 'Wonen', '4 – Op orde met steun');
  await choose(page, 'Veiligheid', '3 – Wankel');
  await expectAccessible(page, 'scoring form at 375 px');
  await planForm.getByRole('button', { name: 'Scores opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'De scores van Plan versie 1 zijn opgeslagen.' }),
  ).toBeFocused();

  const table = page.getByRole('table', { name: 'Scores per leefgebied en moment' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Leefgebied',
    'Intake',
    'Plan versie 1',
    'Doelen in het plan',
  ]);
  await expect(row(page, 'Wonen').getByRole('cell')).toContainText([
    '2 – Ernstige problemen',
    '4 – Op orde met steun',
  ]);
  await expect(row(page, 'Veiligheid').getByRole('cell').first()).toHaveText('Niet gescoord');
  await expect(
    chart.getByRole('img', { name: 'Wonen, Plan 1: 4 – Op orde met steun' }),
  ).toBeVisible();
  // Keyboard: the chart's points are reachable; the focused one says what it shows.
  await chart.getByRole('img', { name: 'Wonen, Intake: 2 – Ernstige problemen' }).focus();
  await page.keyboard.press('Tab');
  await expect(
    chart.getByRole('img', { name: 'Wonen, Plan 1: 4 – Op orde met steun' }),
  ).toBeFocused();
  // No sideways scroll on the phone: the table scrolls in its own region.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, 'life domains with two moments, 375 px');

  // A legend choice takes a line out of the chart; the table keeps everything.
  await page.getByRole('checkbox', { name: 'Wonen' }).uncheck();
  await expect(chart.getByRole('img', { name: /^Wonen,/ })).toHaveCount(0);
  await expect(row(page, 'Wonen').getByRole('cell').first()).toHaveText('2 – Ernstige problemen');
  expect(problems).toEqual([]);
});
