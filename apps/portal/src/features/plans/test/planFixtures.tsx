import type { MockLink } from '@apollo/client/testing';
import type { ReactNode } from 'react';
import type {
  CasePlanQuery,
  MyActionsQuery,
  PlanVersionFieldsFragment,
} from '../../../gql/graphql';
import { renderSignedIn } from '../../../test/renderSignedIn';
import { me } from '../../../test/sessionFixtures';
import { CASE_PLAN_QUERY } from '../graphql/casePlanQuery';
import { MY_ACTIONS_QUERY } from '../graphql/myActionsQuery';
import { PLAN_VERSIONS_QUERY } from '../graphql/planHistoryQueries';

/* Plans as the API returns them (with __typename, as the cache expects). */

export const CASE_ID = 'case-1';
export const WIJKTEAM = {
  __typename: 'Agency' as const,
  id: 'agency-1',
  name: 'Wijkteam Demostad-Noord',
};
export const POLITIE = {
  __typename: 'Agency' as const,
  id: 'agency-2',
  name: 'Politie basisteam Demostad',
};

type Version = PlanVersionFieldsFragment;
type Action = Version['goals'][number]['actions'][number];

export function action(overrides: Partial<Action> & Pick<Action, 'id' | 'description'>): Action {
  return {
    __typename: 'PlanAction',
    key: `key-${overrides.id}`,
    dueDate: '2026-12-01',
    status: 'OPEN',
    statusRevision: 1,
    overdue: false,
    ownerActive: true,
    noteCount: 0,
    ownerAgency: WIJKTEAM,
    ownerUser: null,
    ...overrides,
  };
}

export function version(overrides: Partial<Version> & Pick<Version, 'id' | 'number'>): Version {
  return {
    __typename: 'PlanVersion',
    caseId: CASE_ID,
    status: 'DRAFT',
    revision: 1,
    basedOnNumber: null,
    adoptedOn: null,
    adoptedByAgency: null,
    goals: [],
    ...overrides,
  };
}

export function casePlan(
  overrides: Partial<CasePlanQuery['casePlan']> = {},
): CasePlanQuery['casePlan'] {
  return {
    __typename: 'CasePlan',
    caseId: CASE_ID,
    canEdit: true,
    canAdopt: false,
    readOnly: false,
    ownerAgencies: [WIJKTEAM, POLITIE],
    notes: [],
    draft: null,
    adopted: null,
    ...overrides,
  };
}

export const planFound = (plan: CasePlanQuery['casePlan']): MockLink.MockedResponse => ({
  request: { query: CASE_PLAN_QUERY, variables: { caseId: CASE_ID } },
  result: { data: { casePlan: plan } },
});

export const noHistory = (): MockLink.MockedResponse => ({
  request: { query: PLAN_VERSIONS_QUERY, variables: { caseId: CASE_ID } },
  result: { data: { planVersions: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

export { graphQLError } from '../../../test/sessionFixtures';

export function myActionsFound(
  nodes: MyActionsQuery['myActions']['nodes'],
): MockLink.MockedResponse {
  return {
    request: { query: MY_ACTIONS_QUERY, variables: { first: 25, filter: null } },
    result: {
      data: {
        myActions: {
          __typename: 'MyActionConnection',
          nodes,
          pageInfo: { __typename: 'MyActionPageInfo', endCursor: null, hasNextPage: false },
        },
      },
    },
  };
}

/** Renders a plan component for a signed-in wijkteam user; only the network is mocked. */
export function renderWithSession(ui: ReactNode, mocks: readonly MockLink.MockedResponse[]) {
  const session = me({ agencyName: WIJKTEAM.name, agencyType: 'MUNICIPALITY' });
  return renderSignedIn(ui, mocks, { session });
}
