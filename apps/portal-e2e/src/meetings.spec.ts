import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, USERS, watchConsole, type DemoUser } from './support';

/*
 * The demo meeting (apps/api/src/demo/demo-meetings.ts), a week after the seed date, chaired by
 * the procesregisseur: item 1 is ZVH-2026-001 (police invited), item 2 is ZVH-2026-003 (Ahmed
 * Fictief; no police). The police follow the chair live in a second browser context and never
 * learn anything about item 2 but its time slot. Dates are read from the page, not assumed.
 */

const OTHER_REFERENCE = 'ZVH-2026-003';
const OTHER_PERSON = /Ahmed|Fictief/;
const MINUTES_1 = 'Afgesproken: de wijkagent gaat samen met het wijkteam op huisbezoek.';
const MINUTES_1_AGAIN = 'Aanvulling: huisbezoek gepland in week 12.';
const MINUTES_2 = 'Vertrouwelijk: afspraken over de nazorg na detentie.';

async function pageAs(browser: Browser, user: DemoUser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${user.name}`);
  return page;
}

async function openMyMeetings(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: 'Overleggen' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mijn overleggen');
}

async function openDemoMeeting(page: Page): Promise<void> {
  const upcoming = page.getByRole('region', { name: 'Komende overleggen' });
  await upcoming
    .getByRole('link', { name: /^Casusoverleg / })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Casusoverleg /);
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda', exact: true })).toBeVisible();
}

const agendaEntries = (page: Page) =>
  page
    .getByRole('region', { name: 'Agenda', exact: true })
    .locator('ol.schakel-meeting-agenda > li');

async function expectNothingOfItem2(page: Page, ...texts: string[]): Promise<void> {
  const body = page.locator('body');
  await expect(body).not.toContainText(OTHER_REFERENCE);
  await expect(body).not.toContainText(OTHER_PERSON);
  for (const text of texts) await expect(body).not.toContainText(text);
}

async function saveMinutes(chair: Page, text: string): Promise<void> {
  const minutes = chair.getByLabel('Notulen', { exact: true });
  await minutes.fill(text);
  await chair.getByRole('button', { name: 'Notulen en besluiten opslaan' }).click();
  await expect(chair.getByText('Notulen en besluiten opgeslagen.')).toBeVisible();
}

test('the police follow the chair live on their own agenda item and never see the other one', async ({
  browser,
}) => {
  const police = await pageAs(browser, USERS.wijkagent);
  const chair = await pageAs(browser, USERS.procesregisseur);
  const problems = [...watchConsole(police), ...watchConsole(chair)];

  // Mijn overleggen: item 1 in full, item 2 as a time slot right after it.
  await openMyMeetings(police);
  const card = police.getByRole('region', { name: 'Komende overleggen' }).getByRole('listitem');
  const own = card.filter({ hasText: 'ZVH-2026-001' }).first();
  await expect(own).toBeVisible();
  const ownText = (await own.locator('ol li').first().textContent()) ?? '';
  const slot = /(\d{2}:\d{2})–(\d{2}:\d{2}) · ZVH-2026-001/.exec(ownText);
  expect(slot, `item 1 reads "${ownText}"`).not.toBeNull();
  await expect(own).toContainText(new RegExp(`Ander agendapunt, ${slot![2]}–\\d{2}:\\d{2}`));
  await expect(own.getByRole('link', { name: /Agenda-bestand \(\.ics\)/ })).toHaveAttribute(
    'href',
    /\/meetings\/[0-9a-f-]+\/calendar\.ics$/,
  );
  await expectNothingOfItem2(police);
  await expectAccessible(police, 'Mijn overleggen (police)');

  await openDemoMeeting(police);
  await expect(agendaEntries(police)).toHaveCount(2);
  await expect(agendaEntries(police).nth(0)).toContainText('ZVH-2026-001');
  await expect(agendaEntries(police).nth(1)).toHaveText(
    new RegExp(`^Agendapunt 2 Ander agendapunt, ${slot![2]}–\\d{2}:\\d{2}$`),
  );
  await expect(police.getByRole('button', { name: 'Start overleg' })).toHaveCount(0);
  await expectNothingOfItem2(police);
  await expectAccessible(police, 'the meeting page (police, before the start)');

  // The chair starts the meeting, moves to item 1 and writes minutes.
  await openMyMeetings(chair);
  await expectAccessible(chair, 'Mijn overleggen (chair)');
  await openDemoMeeting(chair);
  await expect(agendaEntries(chair).nth(1)).toContainText(OTHER_REFERENCE);
  await expectAccessible(chair, 'the meeting page (chair, before the start)');
  await chair.getByRole('button', { name: 'Start overleg' }).click();
  await chair.getByRole('button', { name: 'Agendapunt 1 nu bespreken' }).click();
  await expect(agendaEntries(chair).nth(0)).toContainText('Nu aan de beurt');
  await saveMinutes(chair, MINUTES_1);
  await expectAccessible(chair, 'meeting mode (chair)');

  // The police page follows without a reload: the current marker, the minutes, an announcement.
  await expect(agendaEntries(police).nth(0)).toContainText('Nu aan de beurt', { timeout: 15_000 });
  await expect(agendaEntries(police).nth(0)).toHaveAttribute('aria-current', 'step');
  await expect(police.getByText(MINUTES_1)).toBeVisible({ timeout: 15_000 });
  await expect(police.getByRole('status').filter({ hasText: 'Notulen bijgewerkt' })).toHaveCount(1);

  // Minutes on item 2 never reach the police. A later change of item 1 proves the stream has
  // moved past them (events arrive in order).
  await chair.getByRole('button', { name: 'Toon agendapunt 2' }).click();
  await expect(chair.getByRole('heading', { level: 2, name: /^Agendapunt 2:/ })).toBeVisible();
  await saveMinutes(chair, MINUTES_2);
  await chair.getByRole('button', { name: 'Toon agendapunt 1' }).click();
  await expect(chair.getByRole('heading', { level: 2, name: /^Agendapunt 1:/ })).toBeVisible();
  await saveMinutes(chair, MINUTES_1_AGAIN);
  await expect(police.getByText(MINUTES_1_AGAIN)).toBeVisible({ timeout: 15_000 });
  await expectNothingOfItem2(police, MINUTES_2);
  await expectAccessible(police, 'the meeting page (police, live)');

  // Narrow screen: stacked, no sideways scrolling.
  await police.setViewportSize({ width: 320, height: 740 });
  const overflow = await police.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  expect(problems).toEqual([]);
  await police.context().close();
  await chair.context().close();
});
