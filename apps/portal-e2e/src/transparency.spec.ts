import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expectAccessible, openCaseSection, USERS, watchConsole, type DemoUser } from './support';

/*
 * Issue 17 item 4 (ADR 0035), in the browser: the procesregisseur records that Kevin Voorbeeld
 * (ZVH-2026-001) was informed by probation, downloads the letter to him in Dutch and in English
 * (read back with PDF.js), and a partner that does not lead the case sees the record on a 375-px
 * phone but no letter and no form. axe on every state, at 1366 and 375 px.
 */

const REFERENCE = 'ZVH-2026-001';
const PROBATION = 'Reclassering Nederland, unit Demo-regio';

async function signedIn(browser: Browser, user: DemoUser, width: number): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width, height: width < 500 ? 740 : 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill('Demo-wachtwoord-2026');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Welkom, ${user.name}`);
  return page;
}

async function openParticipants(page: Page): Promise<void> {
  await page.goto('/dossiers');
  await page.getByRole('link', { name: REFERENCE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dossier ${REFERENCE}`);
  await openCaseSection(page, 'Deelnemers');
}

/** The text of a downloaded PDF as PDF.js reads it, with its title and language. */
async function pdfText(path: string): Promise<{ text: string; title: unknown; lang: unknown }> {
  const moduleName = 'pdfjs-dist/legacy/build/pdf.mjs';
  const pdfjs = (await import(moduleName)) as {
    getDocument(src: object): {
      promise: Promise<{
        numPages: number;
        getPage(n: number): Promise<{ getTextContent(): Promise<{ items: { str?: string }[] }> }>;
        getMetadata(): Promise<{ info: Record<string, unknown> }>;
      }>;
    };
  };
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(await readFile(path)),
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  let text = '';
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((item) => item.str ?? '').join(' ') + '\n';
  }
  const { info } = await doc.getMetadata();
  return { text: text.replace(/\s+/g, ' '), title: info.Title, lang: info.Language };
}

test('the procesregisseur records that the person was informed and downloads the letter; a partner only sees the record', async ({
  browser,
}) => {
  // Three sign-ins, two PDFs and six axe scans; on a busy two-core machine that takes minutes.
  // (The letter's refusal of a partner that does not lead is checked in the API's int-spec.)
  test.setTimeout(600_000);

  await test.step('the procesregisseur records "informed on <date> by probation" (1366 px)', async () => {
    const page = await signedIn(browser, USERS.procesregisseur, 1366);
    const problems = watchConsole(page);
    await openParticipants(page);
    const section = page.getByRole('region', { name: 'Betrokkene geïnformeerd' });
    await expect(section).toContainText('Nog niet vastgelegd of de betrokkene is geïnformeerd.');
    await expectAccessible(page, 'the informed section before a record');
    await section
      .getByRole('button', { name: 'Vastleggen of de betrokkene is geïnformeerd' })
      .click();
    // Nothing chosen: the form says what is missing and saves nothing.
    await section.getByRole('radio', { name: 'Nee, de betrokkene is niet geïnformeerd' }).check();
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await expect(section.getByText('Niet opgeslagen.')).toBeVisible();
    await expectAccessible(page, 'the informed form with a problem');
    await section.getByRole('radio', { name: 'Ja, de betrokkene is geïnformeerd' }).check();
    await section.getByLabel('Datum').fill('1-12-2026');
    await section.getByLabel('Door welke organisatie').selectOption({ label: PROBATION });
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await expect(section.getByRole('status')).toContainText('Vastgelegd.');
    await expect(section).toContainText(`Geïnformeerd op 1 december 2026 door ${PROBATION}.`);
    await expectAccessible(page, 'the informed section after the record');

    // The letter in Dutch, then in English: real PDFs with the partners, rights and contactpunt.
    const [dutch] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('link', { name: 'Brief in het Nederlands downloaden (PDF)' }).click(),
    ]);
    expect(dutch.suggestedFilename()).toBe('brief-samenwerking.pdf');
    const nl = await pdfText(await dutch.path());
    expect(nl.title).toBe('Wie werken samen aan uw situatie');
    expect(nl.lang).toBe('nl-NL');
    expect(nl.text).toContain('Beste Kevin Voorbeeld,');
    expect(nl.text).toContain(PROBATION);
    expect(nl.text).toContain('Wat zijn uw rechten?');
    expect(nl.text).toContain('contactpunt-privacy@zvh.demo.example');
    expect(nl.text).not.toContain('winkeldiefstallen');
    const [english] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('link', { name: 'Brief in het Engels downloaden (PDF)' }).click(),
    ]);
    const en = await pdfText(await english.path());
    expect(en.title).toBe('Who works together on your situation');
    expect(en.text).toContain('Which organisations work together?');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  await test.step('the procesregisseur changes the record on a phone (375 px)', async () => {
    const page = await signedIn(browser, USERS.procesregisseur, 375);
    await openParticipants(page);
    const section = page.getByRole('region', { name: 'Betrokkene geïnformeerd' });
    await expect(section).toContainText(`Geïnformeerd op 1 december 2026 door ${PROBATION}.`);
    await section.getByRole('button', { name: 'Wijzigen' }).click();
    await expect(section.getByLabel('Door welke organisatie')).toHaveValue(/.+/);
    await expectAccessible(page, 'the informed form on a phone');
    await section.getByRole('radio', { name: 'Nee, de betrokkene is niet geïnformeerd' }).check();
    await section
      .getByLabel('Waarom niet')
      .selectOption({ label: 'de betrokkene is niet bereikbaar' });
    await section.getByRole('button', { name: 'Opslaan' }).click();
    await expect(section).toContainText(
      'Niet geïnformeerd, omdat: de betrokkene is niet bereikbaar.',
    );
    await expectAccessible(page, 'the informed section on a phone');
    await page.context().close();
  });

  await test.step('the wijkteam sees the record, but no letter and no form (375 px)', async () => {
    const page = await signedIn(browser, USERS.wijkteam, 375);
    await openParticipants(page);
    const section = page.getByRole('region', { name: 'Betrokkene geïnformeerd' });
    await expect(section).toContainText(
      'Niet geïnformeerd, omdat: de betrokkene is niet bereikbaar.',
    );
    await expect(section.getByRole('link')).toHaveCount(0);
    await expect(section.getByRole('button')).toHaveCount(0);
    await expectAccessible(page, "a partner's view of the informed section on a phone");
    await page.context().close();
  });
});
