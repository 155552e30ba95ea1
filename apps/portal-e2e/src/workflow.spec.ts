import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  DEMO_PASSWORD,
  expectAccessible,
  USERS,
  watchConsole,
  type DemoUser,
  openCaseSection,
} from './support';

/*
 * The whole case workflow of issue 4, as the personas would walk it, each in its own browser:
 * the wijkteam refers a new person, the procesregisseur triages and accepts, a plan is built and
 * adopted, the wijkteam saves an afsprakenkaart, the wijkagent looks it up on a phone, and the
 * procesregisseur closes the case. Every page visited gets an axe check.
 *
 * It runs on the fresh demo region of the ephemeral test server and creates one new case; the
 * person below is not in the demo data. The file sorts last, so the other specs see the demo
 * region as seeded.
 */

const PERSON = {
  givenNames: 'Fenna',
  familyName: 'Proefstap',
  dateOfBirth: '1991-04-17',
  fullName: 'Fenna Proefstap',
};
const REASON = 'Schulden, dreigende huisuitzetting en herhaalde overlast in de portiek.';
const GOAL = 'Een gezamenlijke aanpak die de overlast stopt en de woning behoudt.';
const TRIAGE_REASON = 'Meerdere leefgebieden en straf- en zorgketen moeten samenwerken.';
const PLAN_GOAL = 'Fenna houdt haar woning en de overlast stopt.';
const PLAN_ACTION = 'Budgetbeheer aanvragen en een afbetalingsregeling treffen.';
const INSTRUCTIONS = 'Rustig benaderen, niet in de woning aanspreken; bel eerst de wijkcoach.';
const CONTACT = { name: 'Mirjam de Wit', phone: '06 1234 5678' };
const CLOSE_REASON = 'Woning behouden, schulden geregeld; de overlast is al maanden gestopt.';

/** A date some days from today, as yyyy-mm-dd in the Dutch time zone. */
function daysFromNow(days: number): string {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return date.toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
}

async function signedIn(
  browser: Browser,
  user: DemoUser,
  viewport?: { width: number; height: number },
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    ...(viewport ? { viewport } : {}),
  });
  const page = await context.newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${user.name}`);
  return page;
}

/** Follows a link in the side navigation, opening the menu first on a narrow screen. */
async function navigate(page: Page, link: string, heading: string): Promise<void> {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole('navigation', { name: 'Hoofdmenu' })
    .getByRole('link', { name: link })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
// The plan section, not the information category of the same name.
const planSection = (page: Page) =>
  section(page, 'Plan van aanpak').and(page.locator('.schakel-plan'));

const detail = (page: Page, label: string) =>
  page
    .locator('dt', { hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]');

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test('a case goes from referral through triage, plan and afsprakenkaart to closing', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  let reference = '';
  let caseUrl = '';

  const referrer = await signedIn(browser, USERS.wijkteam);
  const referrerProblems = watchConsole(referrer);
  const director = await signedIn(browser, USERS.procesregisseur);
  const directorProblems = watchConsole(director);

  await test.step('the wijkteam refers a new person', async () => {
    const page = referrer;
    await expectAccessible(page, 'home of the wijkteam');
    await navigate(page, 'Aanmelden', 'Casus aanmelden');
    await expectAccessible(page, 'referral, step 1');

    await page.getByLabel('Achternaam (met tussenvoegsel)').fill(PERSON.familyName);
    await page.getByLabel('Voornamen').fill(PERSON.givenNames);
    await page.getByLabel('Geboortedatum').fill(PERSON.dateOfBirth);
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect(
      page.getByText('Geen persoon gevonden in de casussen van uw organisatie.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Nieuwe persoon aanmelden' }).click();
    await expect(page.getByRole('heading', { name: 'Stap 2 van 2: De aanmelding' })).toBeVisible();
    // What was searched for carries over into the new person.
    await expect(page.getByLabel('Achternaam (met tussenvoegsel)')).toHaveValue(PERSON.familyName);
    await expect(page.getByLabel('Voornamen')).toHaveValue(PERSON.givenNames);

    await page.getByLabel('BSN (optioneel)').fill('123456789');
    await page.getByLabel('Thema').selectOption({ label: 'Veelpleger' });
    await page.getByLabel('Reden van aanmelding').fill(REASON);
    await page.getByLabel('Doel van de aanmelding').fill(GOAL);
    // Who may read reason and goal: the wijkteam labels them as social-domain information.
    await page
      .getByRole('group', { name: 'Wie mag de reden en het doel lezen?' })
      .getByLabel('Sociaal domein')
      .check();
    const partners = page.getByRole('group', { name: 'Voorgestelde ketenpartners' });
    await partners.getByLabel('Politie basisteam Demostad').check();
    await partners.getByLabel('Reclassering Nederland, unit Demo-regio').check();
    await page.getByRole('radio', { name: 'Ja' }).check();
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();

    const summary = page.getByRole('alert');
    await expect(summary).toContainText('De aanmelding is niet verstuurd.');
    const bsnMessage = 'Dit is geen geldig BSN: het voldoet niet aan de elfproef.';
    await expect(summary.getByRole('link', { name: bsnMessage })).toBeVisible();
    await expect(page.getByLabel('BSN (optioneel)')).toBeFocused();
    await expect(page.getByLabel('BSN (optioneel)')).toHaveAccessibleDescription(
      new RegExp(bsnMessage.replace(/[.:]/g, '\\$&')),
    );
    // Nothing typed is lost.
    await expect(page.getByLabel('Reden van aanmelding')).toHaveValue(REASON);
    await expect(page.getByLabel('Doel van de aanmelding')).toHaveValue(GOAL);
    await expect(page.getByLabel('Thema')).toHaveValue('FREQUENT_OFFENDER');
    await expect(partners.getByLabel('Politie basisteam Demostad')).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Ja' })).toBeChecked();
    await expectAccessible(page, 'referral with an invalid BSN');

    await page.getByLabel('BSN (optioneel)').fill('');
    await page.getByRole('button', { name: 'Aanmelding versturen' }).click();
    const result = page.getByRole('status').filter({ hasText: 'Aanmelding verstuurd' });
    await expect(result).toBeFocused();
    const sent = await result.getByText(/onder kenmerk ZVH-\d{4}-\d{3}/).textContent();
    reference = /ZVH-\d{4}-\d{3}/.exec(sent ?? '')![0];
    await expectAccessible(page, 'referral sent');
  });

  await test.step('the procesregisseur triages and accepts it', async () => {
    const page = director;
    await expectAccessible(page, 'home of the procesregisseur');
    await navigate(page, 'Triage', 'Triage');
    const item = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: `${reference} — ${PERSON.fullName}` }),
    });
    await expect(item).toContainText('Aangemeld door Wijkteam Demostad-Noord');
    await expectAccessible(page, 'triage board');

    await item.getByRole('button', { name: `Beoordeel ${reference}` }).click();
    await expect(item).toContainText(REASON);
    await expect(item).toContainText(
      'Voorgestelde partners: Politie basisteam Demostad, Reclassering Nederland, unit Demo-regio',
    );
    const criteria = item.getByRole('group', { name: 'Landelijke criteria' });
    await criteria.getByRole('checkbox', { name: /^Problemen op meer dan één leefgebied/ }).check();
    await criteria.getByRole('checkbox', { name: /^De straf- en zorgketen/ }).check();
    await criteria.getByRole('checkbox', { name: /^Impact op gezin/ }).check();
    await item.getByRole('radio', { name: 'Accepteren voor casusoverleg' }).check();
    const partners = item.getByRole('group', { name: 'Ketenpartners die meedoen' });
    await expect(partners.getByLabel('Politie basisteam Demostad')).toBeChecked();
    await expect(partners.getByLabel('Reclassering Nederland, unit Demo-regio')).toBeChecked();
    await item
      .getByLabel('Casusregisseur')
      .selectOption({ label: 'Reclassering Nederland, unit Demo-regio' });
    await item.getByLabel('Reden van het besluit').fill(TRIAGE_REASON);
    await expectAccessible(page, 'triage decision form');
    await item.getByRole('button', { name: 'Besluit vastleggen' }).click();

    await expect(
      page.getByRole('status').filter({ hasText: `Besluit over ${reference}` }),
    ).toContainText('Accepteren voor casusoverleg');
    await expect(page.getByRole('heading', { name: new RegExp(`^${reference} `) })).toHaveCount(0);
    await expectAccessible(page, 'triage board after the decision');

    await navigate(page, 'Dossiers', 'Dossiers');
    await page.getByRole('link', { name: reference, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dossier ${reference}`);
    caseUrl = new URL(page.url()).pathname;
    await expect(detail(page, 'Status')).toHaveText('Geaccepteerd');
    await openCaseSection(page, 'Deelnemers');
    const participants = section(page, 'Deelnemers');
    for (const [agency, role] of [
      ['Wijkteam Demostad-Noord', 'Aanmelder'],
      ['Reclassering Nederland, unit Demo-regio', 'Casusregisseur'],
      ['Politie basisteam Demostad', 'Ketenpartner'],
    ] as const) {
      await expect(participants.getByRole('listitem').filter({ hasText: agency })).toContainText(
        role,
      );
    }
    await expectAccessible(page, 'the accepted case');
  });

  await test.step('the procesregisseur builds the plan and adopts it; the referrer is told', async () => {
    const page = director;
    await openCaseSection(page, 'Plan');
    const plan = planSection(page);
    await expect(plan).toContainText('Er is nog geen plan van aanpak voor deze casus.');
    await plan.getByRole('button', { name: 'Plan van aanpak opstellen' }).click();
    await expect(plan.getByRole('heading', { name: 'Concept: versie 1' })).toBeVisible();

    await plan.locator('summary', { hasText: 'Doel toevoegen' }).click();
    await plan.getByLabel('Leefgebied').selectOption({ label: 'Wonen' });
    await plan.getByLabel('Doel', { exact: true }).fill(PLAN_GOAL);
    await plan.getByRole('button', { name: 'Doel toevoegen' }).click();
    await expect(plan.getByText('Doel toegevoegd.')).toBeVisible();
    await expect(plan.getByText(PLAN_GOAL, { exact: true })).toBeVisible();

    await plan.locator('summary', { hasText: `Afspraak toevoegen bij: ${PLAN_GOAL}` }).click();
    const actionForm = plan.getByRole('form', { name: `Afspraak toevoegen bij: ${PLAN_GOAL}` });
    await actionForm.getByLabel('Afspraak', { exact: true }).fill(PLAN_ACTION);
    await actionForm
      .getByLabel('Eigenaar (organisatie)')
      .selectOption({ label: 'Wijkteam Demostad-Noord' });
    await actionForm.getByLabel('Deadline').fill(daysFromNow(21));
    await actionForm.getByRole('button', { name: 'Afspraak toevoegen' }).click();
    await expect(plan.getByText('Afspraak toegevoegd.')).toBeVisible();
    await expect(plan.getByRole('listitem').filter({ hasText: PLAN_ACTION })).toContainText(
      'Wijkteam Demostad-Noord',
    );
    await expectAccessible(page, 'the draft plan');

    await plan.getByRole('button', { name: 'Vaststellen (Versie 1)' }).click();
    await expect(
      plan.getByRole('status').filter({ hasText: 'Versie 1 is vastgesteld.' }),
    ).toBeFocused();
    await expect(
      plan.getByRole('heading', { name: /^Vastgesteld plan: versie 1, vastgesteld op / }),
    ).toBeVisible();
    await expect(plan.getByRole('heading', { name: 'Concept: versie 1' })).toHaveCount(0);
    // Adopting starts the work: the case is active, and the timeline says so without a reload.
    await expect(detail(page, 'Status')).toHaveText('Actief');
    await openCaseSection(page, 'Tijdlijn');
    await expect(section(page, 'Tijdlijn').getByRole('listitem').first()).toContainText(
      'Plan van aanpak versie 1 vastgesteld.',
    );
    await expectAccessible(page, 'the adopted plan');

    // The referrer sees it in the header on the next page, and in the notifications.
    await referrer.goto('/');
    const bell = referrer.getByRole('link', { name: /^Meldingen, \d+ ongelezen$/ });
    await expect(bell).toBeVisible();
    await bell.click();
    await expect(referrer.getByRole('heading', { level: 1 })).toHaveText('Meldingen');
    await expect(
      referrer.getByText(`Het plan van aanpak van casus ${reference} is vastgesteld (versie 1).`),
    ).toBeVisible();
    await expect(
      referrer.getByText(`Er is besloten over aanmelding ${reference}: geaccepteerd.`),
    ).toBeVisible();
    await expectAccessible(referrer, 'notifications of the referrer');
  });

  await test.step('the wijkteam saves an afsprakenkaart for the case', async () => {
    const page = referrer;
    await page
      .getByRole('link', { name: `Open dossier ${reference}` })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dossier ${reference}`);
    await openCaseSection(page, 'Plan');
    const card = section(page, 'Afsprakenkaart');
    await expect(card).toContainText('Er is nog geen afsprakenkaart voor deze casus.');
    await card.getByRole('button', { name: 'Afsprakenkaart opstellen' }).click();
    await card.getByLabel('Afspraken', { exact: true }).fill(INSTRUCTIONS);
    await card.getByLabel('Geldig tot en met').fill(daysFromNow(90));
    const contact = card.getByRole('group', { name: 'Contactpersoon 1' });
    await contact.getByLabel('Organisatie').selectOption({ label: 'Wijkteam Demostad-Noord' });
    await contact.getByLabel('Naam').fill(CONTACT.name);
    await contact.getByLabel('Functie (niet verplicht)').fill('wijkcoach');
    await contact.getByLabel('Telefoonnummer').fill(CONTACT.phone);
    await expectAccessible(page, 'the afsprakenkaart form');
    await card.getByRole('button', { name: 'Afsprakenkaart opslaan' }).click();

    await expect(card.getByRole('status')).toContainText(
      'De afsprakenkaart is opgeslagen (versie 1).',
    );
    await expect(card).toContainText(INSTRUCTIONS);
    await expect(
      card.getByRole('link', { name: `Bel ${CONTACT.name}: ${CONTACT.phone}` }),
    ).toHaveAttribute('href', /^tel:/);
    await expectAccessible(page, 'the case with its afsprakenkaart');
  });

  await test.step('the wijkagent looks the card up on a phone', async () => {
    const page = await signedIn(browser, USERS.wijkagent, { width: 375, height: 740 });
    const problems = watchConsole(page);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'home of the wijkagent at 375 px');
    await navigate(page, 'Afsprakenkaart', 'Afsprakenkaart opzoeken');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'the lookup at 375 px');

    await page.getByRole('radio', { name: 'Naam en geboortedatum' }).check();
    await page.getByLabel('Achternaam', { exact: true }).fill(PERSON.familyName);
    await page.getByLabel('Geboortedatum', { exact: true }).fill(PERSON.dateOfBirth);
    await page.getByLabel('Doel van de zoekactie').selectOption({ label: 'Controle op straat' });
    await page.getByLabel('Toelichting').fill('Melding overlast portiek, Noord');
    await page.getByRole('button', { name: 'Zoeken' }).click();

    const result = page.getByRole('region', { name: 'Resultaat' });
    await expect(page.getByRole('heading', { name: 'Resultaat' })).toBeFocused();
    await expect(result).toContainText('1 afsprakenkaart gevonden.');
    await expect(
      result.getByRole('heading', { name: new RegExp(`^${PERSON.fullName}, geboren `) }),
    ).toBeVisible();
    await expect(result).toContainText('Geldig');
    await expect(result).toContainText(INSTRUCTIONS);
    const call = result.getByRole('link', { name: `Bel ${CONTACT.name}: ${CONTACT.phone}` });
    await expect(call).toHaveAttribute('href', /^tel:\+?[0-9]+$/);
    // The card only: no case reference, nothing of the dossier.
    await expect(page.locator('body')).not.toContainText(reference);
    await expect(page.locator('body')).not.toContainText(REASON);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'the card found at 375 px');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  await test.step('the procesregisseur closes the case', async () => {
    const page = director;
    await page.goto(caseUrl);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dossier ${reference}`);
    await openCaseSection(page, 'Tijdlijn');
    const closing = section(page, 'Afsluiten');
    await closing.getByRole('button', { name: 'Casus afsluiten' }).click();
    await closing.getByLabel('Resultaat').selectOption({ label: 'Doelen bereikt' });
    await closing.getByLabel('Toelichting').fill(CLOSE_REASON);
    await expectAccessible(page, 'the closing form');
    await closing.getByRole('button', { name: 'Casus definitief afsluiten' }).click();

    const closed = section(page, 'Afgesloten');
    await expect(closed.getByRole('status')).toContainText('De casus is afgesloten.');
    await expect(closed.getByRole('status')).toBeFocused();
    await expect(detail(page, 'Status')).toHaveText('Afgesloten');
    await expect(closed).toContainText('Doelen bereikt');
    await expect(closed).toContainText(CLOSE_REASON);
    await expect(
      page.getByText('Dit dossier is afgesloten en kan niet meer worden gewijzigd.'),
    ).toBeVisible();
    // Read-only: no button that changes anything is left in any section.
    for (const part of ['Informatie', 'Deelnemers', 'Plan', 'Tijdlijn']) {
      await openCaseSection(page, part);
      for (const name of [
        'Informatie toevoegen',
        'Plan wijzigen (nieuwe versie)',
        /^Voortgang bijwerken/,
        'Status opslaan',
        'Notitie toevoegen',
        'Afsprakenkaart bewerken',
        'Casus afsluiten',
      ]) {
        await expect(page.getByRole('button', { name })).toHaveCount(0);
      }
      if (part === 'Plan') {
        await expect(planSection(page)).toContainText(
          'De casus is afgesloten; het plan kan niet meer worden gewijzigd.',
        );
      }
    }

    const timeline = section(page, 'Tijdlijn').getByRole('listitem');
    await expect(timeline.first()).toContainText('Casus afgesloten');
    for (const step of [
      'Aangemeld door Wijkteam Demostad-Noord.',
      'Triagebesluit',
      'Plan van aanpak versie 1 vastgesteld.',
      'Afgestemde aanpak bijgewerkt.',
    ]) {
      await expect(timeline.filter({ hasText: step })).not.toHaveCount(0);
    }
    await expectAccessible(page, 'the closed case');

    // The same after a reload: the read-only state comes from the API, not from the form.
    await page.reload();
    await expect(detail(page, 'Status')).toHaveText('Afgesloten');
    await openCaseSection(page, 'Plan');
    await expect(page.getByRole('button', { name: 'Plan wijzigen (nieuwe versie)' })).toHaveCount(
      0,
    );
    await expect(page.getByRole('button', { name: 'Afsprakenkaart bewerken' })).toHaveCount(0);
  });

  expect(referrerProblems).toEqual([]);
  expect(directorProblems).toEqual([]);
  await referrer.context().close();
  await director.context().close();
});
