import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MyActionsQuery } from '../../../gql/graphql';
import { myActionsFound, renderWithSession } from '../test/planFixtures';
import { MyActionsList } from './MyActionsList';

type Node = MyActionsQuery['myActions']['nodes'][number];
const node = (overrides: Partial<Node> & Pick<Node, 'id' | 'description'>): Node => ({
  __typename: 'MyAction',
  key: `key-${overrides.id}`,
  caseId: 'case-1',
  caseReference: 'ZVH-2026-001',
  personName: 'Kevin Voorbeeld',
  personNameAccess: 'FULL',
  versionNumber: 1,
  versionStatus: 'ADOPTED',
  lifeDomain: 'FINANCES',
  goal: 'Schulden zijn in beeld',
  dueDate: '2026-12-01',
  status: 'OPEN',
  statusRevision: 1,
  overdue: false,
  ownerUser: null,
  ...overrides,
});

describe('MyActionsList', () => {
  it('lists the actions in the order the API gives (overdue first) with the case and a status control', async () => {
    renderWithSession(<MyActionsList />, [
      myActionsFound([
        node({
          id: 'a1',
          description: 'Schuldhulp aanvragen',
          overdue: true,
          dueDate: '2026-01-20',
        }),
        node({
          id: 'a2',
          description: 'Intake plannen',
          caseReference: 'ZVH-2026-004',
          caseId: 'case-4',
          versionStatus: 'DRAFT',
          lifeDomain: 'ADDICTION',
          personName: null,
          personNameAccess: 'WITHHELD',
        }),
      ]),
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn acties' })).toBeVisible();
    const items = await screen.findAllByRole('listitem');
    const actions = items.filter((li) => li.classList.contains('schakel-my-action'));
    expect(
      actions.map((li) => li.querySelector('.schakel-plan-action__description')!.textContent),
    ).toEqual(['Schuldhulp aanvragen', 'Intake plannen']);
    expect(actions[0]).toHaveTextContent('Te laat');
    expect(actions[0]).toHaveTextContent('Deadline20 januari 2026');
    expect(screen.getByRole('link', { name: 'Casus ZVH-2026-004' })).toHaveAttribute(
      'href',
      '/dossiers/case-4',
    );
    expect(actions[1]).toHaveTextContent('uit een concept-plan');
    // The person's name next to the case number, or the withheld marker.
    expect(actions[0]).toHaveTextContent('Casus ZVH-2026-001 Kevin Voorbeeld');
    expect(actions[1]).toHaveTextContent('Afgeschermd');
    expect(screen.getAllByRole('button', { name: 'Status opslaan' })).toHaveLength(2);
    await waitFor(() => expect(document.title).toBe('Mijn acties — Schakel'));
  });

  it('says so when there is nothing to do', async () => {
    renderWithSession(<MyActionsList />, [myActionsFound([])]);
    expect(await screen.findByText('Er zijn geen afspraken voor uw organisatie.')).toBeVisible();
  });
});
