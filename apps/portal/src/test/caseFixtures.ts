import type { MockLink } from '@apollo/client/testing';
import type { AgencyType, ErrorCode, InformationCategory } from '@schakel/domain';
import { ADD_INFORMATION_ITEM_MUTATION } from '../features/cases/graphql/addInformationItemMutation';
import { AGENCIES_QUERY } from '../features/cases/graphql/agenciesQuery';
import { CASE_AS_AGENCY_QUERY } from '../features/cases/graphql/caseAsAgencyQuery';
import { CASE_CONSENTS_QUERY } from '../features/cases/graphql/caseConsentsQuery';
import { CASE_QUERY } from '../features/cases/graphql/caseQuery';
import { CASES_QUERY } from '../features/cases/graphql/casesQuery';
import { OLDER_INFORMATION_ITEMS_QUERY } from '../features/cases/graphql/olderInformationItemsQuery';
import type {
  Access,
  AddInformationItemInput,
  CaseAsAgencyQuery,
  CaseDetailFieldsFragment,
  CaseListItemFieldsFragment,
  CasesQueryVariables,
  OlderInformationItemsQueryVariables,
} from '../gql/graphql';
import { graphQLError } from './sessionFixtures';

/*
 * Cases and the API's answers about them, shaped exactly as the API returns them
 * (with __typename, as the cache expects).
 */

type Agency = CaseDetailFieldsFragment['referringAgency'];
type Item = CaseDetailFieldsFragment['informationItems'][number];
type CategoryAccess = CaseDetailFieldsFragment['categoryAccess'][number];

export const CASE_ID = '6f1c2a5e-0000-4000-8000-000000000001';

export const agency = (key: string, name: string, type: AgencyType): Agency => ({
  __typename: 'Agency',
  id: `agency-${key}`,
  name,
  type,
});

export const AGENCIES = {
  zvh: agency('zvh', 'Zorg- en Veiligheidshuis Demo-regio', 'ZVH'),
  politie: agency('politie', 'Politie basisteam Demostad', 'POLICE'),
  ggz: agency('ggz', 'GGZ Demoland', 'CARE'),
  wijkteam: agency('wijkteam', 'Wijkteam Demostad-Noord', 'MUNICIPALITY'),
  reclassering: agency('reclassering', 'Reclassering Nederland, unit Demo-regio', 'PROBATION'),
  exodus: agency('exodus', 'Exodus Demo-regio', 'VOLUNTEER'),
} as const;

export const shown = (value: string | null, category: InformationCategory = 'IDENTITY') => ({
  __typename: 'ProtectedString' as const,
  access: 'FULL' as Access,
  category,
  value,
});

export const withheld = (category: InformationCategory = 'IDENTITY') => ({
  __typename: 'ProtectedString' as const,
  access: 'WITHHELD' as Access,
  category,
  value: null,
});

export function item(overrides: Partial<Item> & Pick<Item, 'category'>): Item {
  return {
    __typename: 'InformationItem',
    id: `item-${overrides.category.toLowerCase()}`,
    caseId: CASE_ID,
    access: 'FULL',
    accessBasis: 'COVENANT',
    legalBasis: 'Convenant art. 5',
    createdAt: '2026-03-02T09:00:00.000Z',
    summary: null,
    text: null,
    sourceAgency: AGENCIES.politie,
    cursor: `cursor-${overrides.id ?? `item-${overrides.category.toLowerCase()}`}`,
    revision: 1,
    rectifiedAt: null,
    mayChange: false,
    ...overrides,
  };
}

/** The API's counts for these items: every visible item is among them (no older ones). */
export const itemCounts = (
  items: readonly Item[],
): CaseDetailFieldsFragment['informationItemCounts'] =>
  [...new Set(items.map((i) => i.category))].map((category) => ({
    __typename: 'InformationItemCount',
    category,
    count: items.filter((i) => i.category === category).length,
  }));

export const categoryAccess = (
  category: InformationCategory,
  access: Access,
  extra: Partial<CategoryAccess> = {},
): CategoryAccess => ({
  __typename: 'CategoryAccess',
  category,
  access,
  accessBasis: access === 'WITHHELD' ? null : 'COVENANT',
  canWrite: false,
  ...extra,
});

/** Kevin's case as the police see it, unless told otherwise. */
export function caseDetail(
  overrides: Partial<CaseDetailFieldsFragment> = {},
): CaseDetailFieldsFragment {
  const detail: Omit<CaseDetailFieldsFragment, 'informationItemCounts'> = {
    __typename: 'Case',
    id: CASE_ID,
    reference: 'ZVH-2026-001',
    theme: 'FREQUENT_OFFENDER',
    status: 'ACTIVE',
    createdAt: '2026-01-10T10:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    accessBasis: 'COVENANT',
    readOnly: false,
    viewedAs: null,
    referringAgency: AGENCIES.politie,
    casusregisseurAgency: AGENCIES.reclassering,
    casusregisseur: { __typename: 'Professional', id: 'user-esra', displayName: 'Esra Yilmaz' },
    subject: {
      __typename: 'Person',
      id: 'person-kevin',
      givenNames: shown('Kevin'),
      familyName: shown('Voorbeeld'),
      dateOfBirth: shown('1994-03-12'),
      bsn: shown('900001008', 'BSN'),
      address: {
        __typename: 'ProtectedAddress',
        access: 'FULL',
        category: 'IDENTITY',
        value: {
          __typename: 'Address',
          street: 'Proefstraat',
          houseNumber: '12',
          postcode: '9999AA',
          city: 'Demostad',
          wijk: 'Noord',
        },
      },
    },
    categoryAccess: [
      categoryAccess('IDENTITY', 'FULL', { canWrite: true }),
      categoryAccess('BSN', 'FULL', { canWrite: true }),
      categoryAccess('POLICE', 'FULL', { canWrite: true }),
      categoryAccess('JUSTICE', 'FULL'),
      categoryAccess('PROBATION', 'WITHHELD'),
      categoryAccess('CARE', 'WITHHELD'),
      categoryAccess('CARE_SIGNAL', 'FULL'),
      categoryAccess('SOCIAL', 'WITHHELD'),
      categoryAccess('SAFETY', 'FULL', { canWrite: true }),
      categoryAccess('PLAN', 'FULL', { canWrite: true }),
    ],
    informationItems: [
      item({
        category: 'POLICE',
        legalBasis: 'Wpg art. 16',
        text: 'Drie winkeldiefstallen en één bedreiging van een buurman.',
        summary: 'Recente incidenten in de wijk; politie is betrokken.',
      }),
    ],
    participants: [
      {
        __typename: 'CaseParticipant',
        id: 'participant-politie',
        active: true,
        role: 'REFERRER',
        reason: 'Aanmelder; veelpleger in de wijk Noord',
        reasonAccess: 'FULL',
        reasonCategories: ['POLICE'],
        legalBasis: 'Wpg art. 16',
        startedAt: '2026-01-10T10:00:00.000Z',
        endedAt: null,
        endReason: null,
        agency: AGENCIES.politie,
      },
    ],
    ...overrides,
  };
  return {
    ...detail,
    informationItemCounts: overrides.informationItemCounts ?? itemCounts(detail.informationItems),
  };
}

export function listItem(
  reference: string,
  overrides: Partial<CaseListItemFieldsFragment> = {},
): CaseListItemFieldsFragment {
  return {
    __typename: 'Case',
    id: `case-${reference}`,
    reference,
    theme: 'FREQUENT_OFFENDER',
    status: 'ACTIVE',
    updatedAt: '2026-03-02T09:00:00.000Z',
    subject: {
      __typename: 'Person',
      givenNames: shown('Kevin'),
      familyName: shown('Voorbeeld'),
      id: `person-${reference}`,
    },
    casusregisseurAgency: AGENCIES.reclassering,
    ...overrides,
  };
}

export const casesAnswer = (
  variables: CasesQueryVariables,
  nodes: CaseListItemFieldsFragment[],
  pageInfo: { endCursor: string | null; hasNextPage: boolean } = {
    endCursor: nodes.length ? `cursor-${nodes.length}` : null,
    hasNextPage: false,
  },
): MockLink.MockedResponse => ({
  request: { query: CASES_QUERY, variables },
  result: {
    data: {
      cases: { __typename: 'CasePage', nodes, pageInfo: { __typename: 'PageInfo', ...pageInfo } },
    },
  },
});

export const caseFound = (caseData: CaseDetailFieldsFragment): MockLink.MockedResponse => ({
  request: { query: CASE_QUERY, variables: { id: caseData.id } },
  result: { data: { case: caseData } },
});

export const caseFails = (id: string, code: ErrorCode): MockLink.MockedResponse => ({
  request: { query: CASE_QUERY, variables: { id } },
  result: graphQLError(code),
});

export const noConsents = (caseId = CASE_ID): MockLink.MockedResponse => ({
  request: { query: CASE_CONSENTS_QUERY, variables: { caseId } },
  result: { data: { consents: [], conflictOfDutiesDecisions: [] } },
});

export const agenciesAnswer = (agencies: readonly Agency[]): MockLink.MockedResponse => ({
  request: { query: AGENCIES_QUERY },
  result: { data: { agencies } },
});

type Preview = CaseAsAgencyQuery['caseAsAgency'];

/** A "view as" answer for `target`: the shape (and content where the caller reads it too). */
export const caseAsAgencyAnswer = (
  target: Agency,
  preview: Partial<Omit<Preview, '__typename' | 'agency'>>,
): MockLink.MockedResponse => ({
  request: { query: CASE_AS_AGENCY_QUERY, variables: { caseId: CASE_ID, agencyId: target.id } },
  result: {
    data: {
      caseAsAgency: {
        __typename: 'CaseAsAgency',
        agency: target,
        caseId: CASE_ID,
        reference: 'ZVH-2026-001',
        canReadCase: true,
        targetBasis: 'COVENANT',
        withheldBecause: null,
        viewerCanReadCase: true,
        subject: [],
        categories: [],
        items: [],
        ...preview,
      } satisfies Preview,
    },
  },
});

export const addItemSucceeds = (input: AddInformationItemInput): MockLink.MockedResponse => ({
  request: { query: ADD_INFORMATION_ITEM_MUTATION, variables: { input } },
  result: {
    data: {
      addInformationItem: {
        __typename: 'InformationItem',
        id: 'item-new',
        caseId: input.caseId,
        category: input.category,
      },
    },
  },
});

export const olderItemsAnswer = (
  variables: OlderInformationItemsQueryVariables,
  items: readonly Item[],
): MockLink.MockedResponse => ({
  request: { query: OLDER_INFORMATION_ITEMS_QUERY, variables },
  result: { data: { informationItems: items } },
});

export const olderItemsFail = (code: ErrorCode): MockLink.MockedResponse => ({
  request: { query: OLDER_INFORMATION_ITEMS_QUERY, variables: () => true },
  result: graphQLError(code),
});

export const addItemFails = (code: ErrorCode, field?: string): MockLink.MockedResponse => ({
  request: { query: ADD_INFORMATION_ITEM_MUTATION, variables: () => true },
  result: graphQLError(code, field),
});
