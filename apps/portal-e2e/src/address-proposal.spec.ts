import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, logIn, openCaseSection, USERS, watchConsole } from './support';

/*
 * Linking a referral to a known person keeps the address the referrer entered (issue 16 item 9):
 * the wijkteam refers a person twice — the second time with the same BSN and a new address — and
 * the procesregisseur takes the new address over on the case page, at 1366 and 375 px. The person
 * is made for this run, so no other spec sees its address change.
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

/** A BSN passing the 11-proof, from an eight-digit seed. */
function bsnFrom(seed: number): string {
  for (let s = seed; ; s++) {
    const head = String(s % 100_000_000).padStart(8, '0');
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(head[i]) * (9 - i);
    const check = sum % 11;
    if (check <= 9 && head[0] !== '0') return `${head}${check}`;
  }
}

const CREATE = `mutation R($input: CreateReferralInput!) {
  createReferral(input: $input) { caseId reference } }`;

test('the procesregisseur takes over the new address a referrer entered for a known person', async ({
  page,
  browser,
}) => {
  // Two logins, two referrals and axe at two widths on a loaded machine.
  test.setTimeout(180_000);
  const run = Date.now();
  const bsn = bsnFrom(10_000_000 + (run % 80_000_000));
  const familyName = `Verhuistest${run % 100_000}`;
  const person = (street: string) => ({
    givenNames: 'Lotte',
    familyName,
    dateOfBirth: '1991-05-17',
    bsn,
    street,
    houseNumber: '7',
    postcode: '9999AB',
    city: 'Demostad',
  });
  const referral = (street: string) => ({
    person: person(street),
    theme: 'CONFUSED_BEHAVIOUR',
    reason: 'Overlast in de buurt en schulden, de zorg loopt vast.',
    goal: 'Een gezamenlijke aanpak van zorg en veiligheid.',
    reasonCategories: ['PLAN'],
    proposedAgencyIds: [],
    personInformed: true,
    notInformedReason: null,
  });

  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const wijkteam = await context.newPage();
  await wijkteam.goto('/inloggen');
  await logIn(wijkteam, USERS.wijkteam);
  await expect(wijkteam.getByRole('heading', { level: 1 })).toHaveText(
    `Welkom, ${USERS.wijkteam.name}`,
  );
  const { me } = await graphql<{ me: { csrfToken: string } }>(wijkteam, '{ me { csrfToken } }');
  await graphql(wijkteam, CREATE, { input: referral('Oude Haven') }, me.csrfToken);
  const second = await graphql<{ createReferral: { caseId: string; reference: string } }>(
    wijkteam,
    CREATE,
    { input: referral('Nieuwe Markt') },
    me.csrfToken,
  );
  await context.close();
  const { caseId, reference } = second.createReferral;

  const problems = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 800 });
  await page.goto('/inloggen');
  await logIn(page, USERS.procesregisseur);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Welkom, ${USERS.procesregisseur.name}`,
  );
  await page.goto(`/dossiers/${caseId}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Dossier ${reference}`);
  await openCaseSection(page, 'Informatie');
  const proposal = page.getByRole('region', { name: 'Voorgesteld nieuw adres' });
  await expect(proposal).toContainText('Wijkteam Demostad-Noord gaf bij de aanmelding');
  await expect(proposal.getByText('Oude Haven 7, 9999AB Demostad')).toBeVisible();
  await expect(proposal.getByText('Nieuwe Markt 7, 9999AB Demostad')).toBeVisible();
  await expectAccessible(page, 'a pending address proposal at 1366 px');

  await page.setViewportSize({ width: 375, height: 740 });
  await expect(proposal.getByRole('button', { name: 'Nieuw adres overnemen' })).toBeVisible();
  await expectAccessible(page, 'a pending address proposal at 375 px');
  await proposal.screenshot({ path: 'tmp/address-proposal-pending-375.png' });

  await proposal.getByRole('button', { name: 'Nieuw adres overnemen' }).click();
  await expect(proposal.getByRole('status')).toHaveText('Het nieuwe adres is overgenomen.');
  await expect(proposal).toContainText(`Overgenomen door ${USERS.procesregisseur.name} op`);
  await expect(proposal.getByRole('button', { name: 'Nieuw adres overnemen' })).toHaveCount(0);
  await expectAccessible(page, 'an accepted address proposal at 375 px');
  await page.setViewportSize({ width: 1366, height: 800 });
  await expectAccessible(page, 'an accepted address proposal at 1366 px');
  await proposal.screenshot({ path: 'tmp/address-proposal-accepted-1366.png' });

  // The person's record now has the new address, as the case page shows it.
  const { case: shown } = await graphql<{
    case: { subject: { address: { value: { street: string | null } | null } } };
  }>(
    page,
    `
      query C($id: ID!) {
        case(id: $id) {
          subject {
            address {
              value {
                street
              }
            }
          }
        }
      }
    `,
    {
      id: caseId,
    },
  );
  expect(shown.subject.address.value?.street).toBe('Nieuwe Markt');
  expect(problems).toEqual([]);
});
