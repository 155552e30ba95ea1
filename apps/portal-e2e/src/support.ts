import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo-wachtwoord-2026';

export const USERS = {
  procesregisseur: {
    email: 'procesregisseur@zvh.demo.example',
    name: 'Sanne Visser',
    agency: 'Zorg- en Veiligheidshuis Demo-regio',
  },
  wijkteam: {
    email: 'wijkteam@demostad.demo.example',
    name: 'Daan Bakker',
    agency: 'Wijkteam Demostad-Noord',
  },
  wijkagent: {
    email: 'wijkagent@politie.demo.example',
    name: 'Jeroen de Vries',
    agency: 'Politie basisteam Demostad',
  },
  privacy: {
    email: 'privacy@zvh.demo.example',
    name: 'Femke van Dijk',
    agency: 'Zorg- en Veiligheidshuis Demo-regio',
  },
  privacyGgz: {
    email: 'privacy@ggz.demo.example',
    name: 'Hanna de Wit',
    agency: 'GGZ Demoland',
  },
  beheer: {
    email: 'beheer@zvh.demo.example',
    name: 'Kees Vermeulen',
    agency: 'Zorg- en Veiligheidshuis Demo-regio',
  },
  reclassering: {
    email: 'reclassering@reclassering.demo.example',
    name: 'Esra Yilmaz',
    agency: 'Reclassering Nederland, unit Demo-regio',
  },
  om: {
    email: 'om@om.demo.example',
    name: 'Bram Hendriks',
    agency: 'Openbaar Ministerie, arrondissement Demo',
  },
} as const;

export type DemoUser = (typeof USERS)[keyof typeof USERS];

/**
 * The axe rules of WCAG 2.2 level A and AA (2.0, 2.1 and 2.2's new AA criteria, such as 2.5.8
 * target size); docs/accessibility.md names what axe cannot check.
 */
export const WCAG22_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** WCAG 2.2 A and AA: a page passes with zero violations. */
export async function expectAccessible(page: Page, context: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG22_AA_TAGS).analyze();
  const violations = result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  expect(violations, `axe violations on ${context}`).toEqual([]);
}

export async function logIn(page: Page, user: DemoUser, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('E-mailadres').fill(user.email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/**
 * Collects Content-Security-Policy violations, uncaught errors and messages missing from the
 * catalogue (a key whose Dutch text the build did not put in the page's chunks) the page reports.
 */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (
      msg.type() === 'error' &&
      /Content Security Policy|Refused to|Schakel: no message for/i.test(msg.text())
    )
      problems.push(msg.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

/**
 * Opens one section of the case page (Informatie, Plan, Leefgebieden, Deelnemers, Toestemmingen, Overleggen,
 * Tijdlijn): the page opens with only the summary and these links.
 */
export async function openCaseSection(page: Page, name: string): Promise<void> {
  const link = page
    .getByRole('navigation', { name: 'Onderdelen van het dossier' })
    .getByRole('link', { name, exact: true });
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'true');
}
