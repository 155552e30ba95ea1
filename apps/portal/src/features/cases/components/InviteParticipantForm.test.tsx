import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/renderApp';
import {
  AGENCIES,
  agenciesAnswer,
  CASE_ID,
  caseDetail,
  caseFound,
  categoryAccess,
  noConsents,
} from '../../../test/caseFixtures';
import { me, meSignedIn } from '../../../test/sessionFixtures';
import { ADD_CASE_PARTICIPANT_MUTATION } from '../graphql/addCaseParticipantMutation';

const director = me({
  agencyName: 'Zorg- en Veiligheidshuis Demo-regio',
  agencyType: 'ZVH',
  roles: ['PROCESREGISSEUR'],
});
const route = `/dossiers/${CASE_ID}`;
// The case as the Veiligheidshuis sees it: it writes IDENTITY, SAFETY and PLAN.
const asZvh = caseDetail({
  categoryAccess: [
    categoryAccess('IDENTITY', 'FULL', { canWrite: true }),
    categoryAccess('SOCIAL', 'FULL'),
    categoryAccess('SAFETY', 'FULL', { canWrite: true }),
    categoryAccess('PLAN', 'FULL', { canWrite: true }),
  ],
});
const agencies = agenciesAnswer([AGENCIES.politie, AGENCIES.ggz, AGENCIES.wijkteam]);

async function openForm(user: ReturnType<typeof renderApp>['user']) {
  await screen.findByRole('heading', { level: 1, name: 'Dossier ZVH-2026-001' });
  await user.click(screen.getByRole('button', { name: 'Ketenpartner uitnodigen' }));
  return screen.findByRole('group', { name: 'Wie mag de reden lezen?' });
}

describe('InviteParticipantForm', () => {
  it('lets the procesregisseur choose who may read the reason; nothing is chosen for it', async () => {
    const { user, requests } = renderApp({
      mocks: [meSignedIn(director), caseFound(asZvh), noConsents(), agencies],
      route,
    });
    const group = await openForm(user);
    // Only what the own agency may write in this case: not SOCIAL, which it only reads.
    const boxes = within(group).getAllByRole('checkbox');
    expect(boxes.map((box) => box.closest('div')?.textContent)).toEqual([
      'Identiteit',
      'Veiligheid',
      'Plan van aanpak',
    ]);
    expect(boxes.every((box) => !(box as HTMLInputElement).checked)).toBe(true);
    // An agency that takes part already is not offered again.
    expect(
      within(screen.getByLabelText('Uit te nodigen organisatie')).queryByRole('option', {
        name: AGENCIES.politie.name,
      }),
    ).toBeNull();

    await user.selectOptions(screen.getByLabelText('Uit te nodigen organisatie'), AGENCIES.ggz.id);
    await user.type(screen.getByLabelText('Reden van deelname'), 'Behandelrelatie met de cliënt.');
    await user.selectOptions(
      screen.getByLabelText('Grondslag'),
      'Convenant Zorg- en Veiligheidshuis, art. 5',
    );
    await user.click(screen.getByRole('button', { name: 'Uitnodigen' }));
    expect(await screen.findByText('Kies ten minste één categorie voor de reden.')).toBeVisible();
    expect(within(group).getByLabelText('Identiteit')).toHaveFocus();
    expect(requests.some((r) => r.operationName === 'AddCaseParticipant')).toBe(false);
  });

  it('sends the chosen categories with the reason', async () => {
    const input = {
      caseId: CASE_ID,
      agencyId: AGENCIES.ggz.id,
      role: 'PARTNER',
      reason: 'Dreigt met geweld tegen hulpverleners.',
      reasonCategories: ['SAFETY'],
      legalBasis: 'Zwaarwegend belang (conflict van plichten)',
    };
    const added = {
      request: { query: ADD_CASE_PARTICIPANT_MUTATION, variables: { input } },
      result: {
        data: {
          addCaseParticipant: {
            __typename: 'CaseParticipant',
            id: 'participant-ggz',
            caseId: CASE_ID,
            reasonAccess: 'FULL',
          },
        },
      },
    };
    const { user, requests } = renderApp({
      mocks: [
        meSignedIn(director),
        caseFound(asZvh),
        noConsents(),
        agencies,
        added,
        caseFound(asZvh),
      ],
      route,
    });
    const group = await openForm(user);
    await user.selectOptions(screen.getByLabelText('Uit te nodigen organisatie'), AGENCIES.ggz.id);
    await user.type(screen.getByLabelText('Reden van deelname'), input.reason);
    await user.click(within(group).getByLabelText('Veiligheid'));
    await user.selectOptions(screen.getByLabelText('Grondslag'), input.legalBasis);
    await user.click(screen.getByRole('button', { name: 'Uitnodigen' }));

    expect(await screen.findByText('GGZ Demoland neemt nu deel aan de casus.')).toBeVisible();
    expect(requests.find((r) => r.operationName === 'AddCaseParticipant')?.variables).toEqual({
      input,
    });
  });

  it('is not offered to a member', async () => {
    renderApp({
      mocks: [meSignedIn(me({ roles: ['MEMBER'] })), caseFound(asZvh), noConsents()],
      route,
    });
    await screen.findByRole('heading', { level: 1, name: 'Dossier ZVH-2026-001' });
    expect(screen.queryByRole('button', { name: 'Ketenpartner uitnodigen' })).toBeNull();
  });
});
