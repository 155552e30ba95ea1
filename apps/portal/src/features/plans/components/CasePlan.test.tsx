import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ADD_PLAN_GOAL_MUTATION, ADOPT_PLAN_VERSION_MUTATION } from '../graphql/planMutations';
import { localDate } from '../../forms/utils/localDate';
import {
  action,
  CASE_ID,
  casePlan,
  graphQLError,
  noHistory,
  planFound,
  POLITIE,
  renderWithSession,
  version,
} from '../test/planFixtures';
import { CasePlan } from './CasePlan';

const adopted = version({
  id: 'v1',
  number: 1,
  status: 'ADOPTED',
  adoptedOn: '2026-01-07',
  goals: [
    {
      __typename: 'PlanGoal',
      id: 'g1',
      key: 'gk1',
      lifeDomain: 'FINANCES',
      description: 'Schulden zijn in beeld',
      actions: [
        action({
          id: 'a1',
          description: 'Schuldhulp aanvragen',
          status: 'IN_PROGRESS',
          overdue: true,
          dueDate: '2026-01-20',
          noteCount: 1,
        }),
        action({ id: 'a2', description: 'Wijkagent bezoekt cliënt', ownerAgency: POLITIE }),
      ],
    },
  ],
});

describe('CasePlan', () => {
  it('shows the adopted plan by life domain with owners, due dates, status, overdue and notes', async () => {
    const plan = casePlan({
      adopted,
      notes: [
        {
          __typename: 'PlanActionNote',
          id: 'n1',
          actionKey: 'key-a1',
          text: 'Aanvraag voorbereid.',
          createdAt: '2026-01-15T10:00:00.000Z',
          author: { __typename: 'PlanUser', id: 'u1', displayName: 'Daan Bakker' },
          authorAgency: { __typename: 'Agency', id: 'agency-1', name: 'Wijkteam Demostad-Noord' },
        },
      ],
    });
    const { user } = renderWithSession(<CasePlan caseId={CASE_ID} />, [
      planFound(plan),
      noHistory(),
    ]);

    expect(
      await screen.findByRole('heading', {
        level: 3,
        name: 'Vastgesteld plan: versie 1, vastgesteld op 7 januari 2026',
      }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 4, name: 'Financiën' })).toBeVisible();
    const debts = screen.getByText('Schuldhulp aanvragen').closest('li')!;
    expect(debts).toHaveTextContent('Bezig');
    expect(debts).toHaveTextContent('Te laat');
    expect(debts).toHaveTextContent('Deadline20 januari 2026');
    expect(debts).toHaveTextContent('EigenaarWijkteam Demostad-Noord');
    expect(debts).toHaveTextContent('Aanvraag voorbereid.');
    // The controls open on demand, one action at a time.
    expect(within(debts).queryByRole('button', { name: 'Status opslaan' })).toBeNull();
    const update = within(debts).getByRole('button', {
      name: 'Voortgang bijwerken: Schuldhulp aanvragen',
    });
    expect(update).toHaveAttribute('aria-expanded', 'false');
    await user.click(update);
    expect(update).toHaveAttribute('aria-expanded', 'true');
    // The owner agency (the caller's) may change the status; the police action it may not.
    expect(within(debts).getByRole('button', { name: 'Status opslaan' })).toBeVisible();
    const visit = screen.getByText('Wijkagent bezoekt cliënt').closest('li')!;
    await user.click(within(visit).getByRole('button', { name: /^Voortgang bijwerken/ }));
    expect(within(visit).queryByRole('button', { name: 'Status opslaan' })).toBeNull();
    expect(within(visit).getByRole('button', { name: 'Notitie toevoegen' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Plan wijzigen (nieuwe versie)' })).toBeVisible();
  });

  it('keeps the typed goal on an edit conflict and offers to load the newest version', async () => {
    const draft = version({ id: 'v2', number: 2, revision: 3, basedOnNumber: 1 });
    const newer = version({ id: 'v2', number: 2, revision: 4, basedOnNumber: 1 });
    const input = {
      versionId: 'v2',
      revision: 3,
      lifeDomain: 'HOUSING' as const,
      description: 'Een eigen woning binnen een jaar',
    };
    const { user } = renderWithSession(<CasePlan caseId={CASE_ID} />, [
      planFound(casePlan({ adopted, draft })),
      noHistory(),
      {
        request: { query: ADD_PLAN_GOAL_MUTATION, variables: { input } },
        result: graphQLError('EDIT_CONFLICT'),
      },
      planFound(casePlan({ adopted, draft: newer })),
    ]);

    // Next to an adopted plan, the draft opens on demand.
    expect(screen.queryByText('Doel toevoegen', { selector: 'summary' })).toBeNull();
    await user.click(
      await screen.findByRole('button', { name: 'Concept versie 2 bekijken en bewerken' }),
    );
    await user.click(await screen.findByText('Doel toevoegen', { selector: 'summary' }));
    await user.selectOptions(screen.getByLabelText('Leefgebied'), 'HOUSING');
    const goal = screen.getByLabelText('Doel');
    await user.type(goal, input.description);
    await user.click(screen.getByRole('button', { name: 'Doel toevoegen' }));

    const alert = await screen.findByText(/Iemand anders heeft dit plan intussen gewijzigd/);
    await waitFor(() => expect(alert.closest('.schakel-plan-conflict')).toHaveFocus());
    expect(goal).toHaveValue(input.description);
    expect(screen.getByLabelText('Leefgebied')).toHaveValue('HOUSING');

    await user.click(screen.getByRole('button', { name: 'Laad de nieuwste versie' }));
    expect(await screen.findByText(/De nieuwste versie is geladen/)).toBeVisible();
    // Still the user's text, now against the newest revision.
    expect(screen.getByLabelText('Doel')).toHaveValue(input.description);
  });

  it('announces an adopted plan and moves focus to it, as the form goes away with the draft', async () => {
    const goals = adopted.goals;
    const draft = version({ id: 'v1', number: 1, revision: 2, goals });
    const done = { ...adopted, revision: 3 };
    const { user } = renderWithSession(<CasePlan caseId={CASE_ID} />, [
      planFound(casePlan({ draft, canAdopt: true })),
      noHistory(),
      {
        request: {
          query: ADOPT_PLAN_VERSION_MUTATION,
          variables: { input: { versionId: 'v1', revision: 2, adoptedOn: localDate() } },
        },
        result: { data: { adoptPlanVersion: done } },
      },
      planFound(casePlan({ adopted: done, canAdopt: true })),
    ]);

    await user.click(await screen.findByRole('button', { name: 'Vaststellen (Versie 1)' }));
    const status = await screen.findByText('Versie 1 is vastgesteld.');
    await waitFor(() => expect(status.closest('[role="status"]')).toHaveFocus());
    expect(screen.queryByRole('button', { name: /^Vaststellen/ })).toBeNull();
  });

  it('says why a plan cannot be shown instead of showing nothing', async () => {
    renderWithSession(<CasePlan caseId={CASE_ID} />, [
      {
        request: { query: planFound(casePlan()).request.query, variables: { caseId: CASE_ID } },
        result: graphQLError('FORBIDDEN'),
      },
    ]);
    expect(
      await screen.findByText('U hebt geen toegang tot deze gegevens of deze handeling.'),
    ).toBeVisible();
  });
});
