import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, watchConsole } from './support';

// The police's agency admin; the colleague she invites and moves out exists only in this test,
// so no other test's user changes.
const ADMIN = { email: 'beheer@politie.demo.example', name: 'Anouk Peters' } as const;
const LEAVER = { email: 'e2e.vertrekker@politie.demo.example', name: 'Eva Vertrekker' } as const;
const SUCCESSOR = 'Jeroen de Vries (wijkagent@politie.demo.example)';

test("an agency admin on a phone reviews access, changes a colleague's roles and moves her out, with confirmations", async ({
  page,
}) => {
  // Four axe scans and a dozen round trips: ~35 s on a quiet machine, ~50 s on a busy one.
  test.setTimeout(180_000);
  const problems = watchConsole(page);
  await page.setViewportSize({ width: 375, height: 720 });
  await page.goto('/beheer/gebruikers');
  await page.getByLabel('E-mailadres').fill(ADMIN.email);
  await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gebruikers');

  // The periodic review: the demo's accounts were confirmed when the region was made.
  const review = page.getByRole('region', { name: 'Toegangscontrole' });
  await expect(review).toContainText('Elke 6 maanden bevestigt u');
  await expect(review).toContainText('Er wachten geen accounts op beoordeling.');
  await expectAccessible(page, 'users page at 375 px');

  // A colleague to work with.
  await page.getByLabel('Naam', { exact: true }).fill(LEAVER.name);
  await page.getByLabel('E-mailadres').fill(LEAVER.email);
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  const row = page.getByRole('row', { name: new RegExp(LEAVER.name) });
  await expect(row).toContainText('Uitgenodigd');

  // Roles: opened on demand, changed after a confirmation, with the keyboard.
  const manage = row.getByRole('button', { name: `${LEAVER.name} beheren` });
  await manage.click();
  await expect(manage).toHaveAttribute('aria-expanded', 'true');
  const panel = page.getByRole('region', { name: `${LEAVER.name} beheren` });
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
  const roles = panel.getByRole('group', { name: `Rollen van ${LEAVER.name}` });
  await roles.getByLabel('Privacycontactpersoon').check();
  await panel.getByRole('button', { name: 'Rollen wijzigen' }).press('Enter');
  await expect(panel).toContainText(
    `Rollen van ${LEAVER.name} wijzigen in: Professional, Privacycontactpersoon?`,
  );
  await expectAccessible(page, 'role change confirmation at 375 px');
  await panel.getByRole('button', { name: 'Ja, rollen wijzigen' }).click();
  await expect(panel.getByRole('status').first()).toContainText(
    `De rollen van ${LEAVER.name} zijn gewijzigd in: Professional, Privacycontactpersoon.`,
  );
  await expect(row).toContainText('Professional, Privacycontactpersoon');

  // Moving out: who takes over, a confirmation, then what was handed over.
  const successor = panel.getByLabel('Wie neemt het werk over?');
  await successor.selectOption({ label: SUCCESSOR });
  await panel.getByRole('button', { name: `${LEAVER.name} uit dienst melden` }).click();
  await expect(panel).toContainText(
    `${LEAVER.name} gaat uit dienst. Het lopende werk gaat naar Jeroen de Vries`,
  );
  await expectAccessible(page, 'move-out confirmation at 375 px');
  await panel.getByRole('button', { name: 'Ja, uit dienst melden' }).click();
  const done = panel.getByRole('status').filter({ hasText: 'is uit dienst gemeld' });
  await expect(done).toContainText(
    `${LEAVER.name} is uit dienst gemeld. Overgedragen aan Jeroen de Vries:`,
  );
  await expect(done.getByRole('listitem')).toHaveText([
    'Casussen als casusregisseur: 0',
    'Acties in conceptplannen: 0',
    'Overleggen als voorzitter: 0',
  ]);
  await expect(row).toContainText('Uit dienst');
  await expectAccessible(page, 'after moving a colleague out at 375 px');

  // The page never scrolls sideways as a whole at 375 px (the table scrolls in its own region).
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
});
