import type { MockLink } from '@apollo/client/testing';
import type { AgencyType, ErrorCode, InformationCategory } from '@schakel/domain';
import { COVENANT_QUERY } from '../features/covenant/graphql/covenantQuery';
import {
  APPROVE_COVENANT_PROPOSAL_MUTATION,
  PROPOSE_COVENANT_CHANGE_MUTATION,
  REJECT_COVENANT_PROPOSAL_MUTATION,
} from '../features/covenant/graphql/covenantProposalMutations';
import { COVENANT_PROPOSALS_QUERY } from '../features/covenant/graphql/covenantProposalsQuery';
import type {
  CovenantFieldsFragment,
  CovenantProposalFieldsFragment,
  CovenantQuery,
  DecideCovenantProposalInput,
  LegalRegime,
  UpdateCovenantInput,
} from '../gql/graphql';
import { graphQLError } from './sessionFixtures';

/* The covenant, its legal ceiling and proposals, shaped exactly as the API returns them. */

type CovenantEntry = CovenantFieldsFragment['entries'][number];

export const covenantEntry = (
  agencyType: AgencyType,
  category: InformationCategory,
  grant: { read?: boolean; readSummary?: boolean; write?: boolean },
): CovenantEntry => ({
  __typename: 'CovenantEntry',
  agencyType,
  agency: null,
  category,
  read: grant.read ?? false,
  readSummary: grant.readSummary ?? false,
  write: grant.write ?? false,
});

export function covenant(version: number, entries: CovenantEntry[]): CovenantFieldsFragment {
  return {
    __typename: 'Covenant',
    version,
    createdAt: '2026-01-05T10:00:00.000Z',
    createdBy: version === 1 ? null : 'Kees Vermeulen',
    note: version === 1 ? 'Default covenant (domain brief §4)' : `Wijziging ${version}`,
    current: true,
    entries,
  };
}

type CeilingRow = CovenantQuery['covenantLegalCeiling'][number];
// Every agency type but VOLUNTEER: a volunteer organisation gets nothing through the covenant.
const ALL: AgencyType[] = [
  'MUNICIPALITY',
  'POLICE',
  'PROBATION',
  'PUBLIC_PROSECUTOR',
  'CARE',
  'YOUTH',
  'HOUSING',
  'PRISON',
  'ZVH',
];
const row = (
  category: InformationCategory,
  regime: LegalRegime,
  read: AgencyType[],
  write: AgencyType[],
  summaryOnly: AgencyType[] = [],
): CeilingRow => ({
  __typename: 'LegalCeilingRow',
  category,
  regime,
  read,
  readSummary: [...read, ...summaryOnly],
  write,
});

/** The legal ceiling as the API answers it (libs/sharing-policy/src/legal-ceiling.ts). */
export const LEGAL_CEILING: CeilingRow[] = [
  row('IDENTITY', 'AVG', ALL, ALL),
  row(
    'BSN',
    'AVG_SECTOR',
    ['MUNICIPALITY', 'POLICE', 'PROBATION', 'PUBLIC_PROSECUTOR', 'ZVH'],
    ['MUNICIPALITY', 'POLICE', 'PROBATION', 'PUBLIC_PROSECUTOR'],
  ),
  row(
    'POLICE',
    'WPG',
    ['POLICE', 'PUBLIC_PROSECUTOR', 'ZVH'],
    ['POLICE'],
    ['MUNICIPALITY', 'PROBATION', 'CARE', 'YOUTH', 'HOUSING', 'PRISON'],
  ),
  row(
    'JUSTICE',
    'WJSG',
    ['POLICE', 'PROBATION', 'PUBLIC_PROSECUTOR', 'ZVH'],
    ['PROBATION', 'PUBLIC_PROSECUTOR'],
  ),
  row('PROBATION', 'WJSG_AVG', ['PROBATION', 'PUBLIC_PROSECUTOR', 'ZVH'], ['PROBATION']),
  row('CARE', 'WGBO', ['CARE'], ['CARE']),
  row('CARE_SIGNAL', 'CONSENT_OR_BASIS', ALL, ['CARE']),
  row('SOCIAL', 'AVG_SOCIAL', ['MUNICIPALITY', 'PROBATION', 'CARE', 'ZVH'], ['MUNICIPALITY']),
  row('SAFETY', 'VITAL_INTEREST', ALL, ALL),
  row('PLAN', 'COVENANT', ALL, ALL),
];

export const covenantAnswer = (
  shownCovenant: CovenantFieldsFragment | null,
  versions: CovenantQuery['covenantVersions'],
  variables: { version?: number } = {},
): MockLink.MockedResponse => ({
  request: { query: COVENANT_QUERY, variables },
  result: {
    data: {
      covenant: shownCovenant,
      covenantVersions: versions,
      covenantLegalCeiling: LEGAL_CEILING,
    },
  },
});

export const versionSummary = (
  version: number,
  createdBy: string | null,
  note: string,
  approvedBy: string | null = null,
): CovenantQuery['covenantVersions'][number] => ({
  __typename: 'CovenantVersionSummary',
  version,
  createdAt: '2026-01-05T10:00:00.000Z',
  createdBy,
  approvedBy,
  approvedAt: approvedBy ? '2026-01-06T09:00:00.000Z' : null,
  note,
});

type Proposal = CovenantProposalFieldsFragment;
type Change = Proposal['changes'][number];

export const covenantChange = (
  agencyType: AgencyType,
  category: InformationCategory,
  before: { read?: boolean; readSummary?: boolean; write?: boolean },
  after: { read?: boolean; readSummary?: boolean; write?: boolean },
): Change => {
  const permission = (grant: typeof before) => ({
    __typename: 'CovenantPermission' as const,
    read: grant.read ?? false,
    readSummary: grant.readSummary ?? false,
    write: grant.write ?? false,
  });
  return {
    __typename: 'CovenantChange',
    agencyType,
    agency: null,
    category,
    before: permission(before),
    after: permission(after),
  };
};

export const proposal = (overrides: Partial<Proposal> & Pick<Proposal, 'id'>): Proposal => ({
  __typename: 'CovenantProposal',
  status: 'PENDING',
  baseVersion: 1,
  resultingVersion: null,
  note: 'Woningcorporaties zonder identiteit',
  proposedBy: 'Kees Vermeulen',
  proposedAt: '2026-01-06T08:00:00.000Z',
  decidedBy: null,
  decidedAt: null,
  decisionReason: null,
  canDecide: false,
  changes: [],
  ...overrides,
});

export const proposalsAnswer = (proposals: Proposal[]): MockLink.MockedResponse => ({
  request: { query: COVENANT_PROPOSALS_QUERY },
  result: { data: { covenantProposals: proposals } },
});

export const proposeSucceeds = (
  check: (input: UpdateCovenantInput) => boolean,
  result: Proposal,
): MockLink.MockedResponse => ({
  request: {
    query: PROPOSE_COVENANT_CHANGE_MUTATION,
    variables: (variables) => check((variables as { input: UpdateCovenantInput }).input),
  },
  result: { data: { proposeCovenantChange: result } },
});

export const proposeFails = (code: ErrorCode, field?: string): MockLink.MockedResponse => ({
  request: { query: PROPOSE_COVENANT_CHANGE_MUTATION, variables: () => true },
  result: graphQLError(code, field),
});

export const decisionSucceeds = (
  decision: 'APPROVE' | 'REJECT',
  check: (input: DecideCovenantProposalInput) => boolean,
  result: Proposal,
): MockLink.MockedResponse => ({
  request: {
    query:
      decision === 'APPROVE'
        ? APPROVE_COVENANT_PROPOSAL_MUTATION
        : REJECT_COVENANT_PROPOSAL_MUTATION,
    variables: (variables) => check((variables as { input: DecideCovenantProposalInput }).input),
  },
  result: {
    data: {
      [decision === 'APPROVE' ? 'approveCovenantProposal' : 'rejectCovenantProposal']: result,
    },
  },
});

export const decisionFails = (
  decision: 'APPROVE' | 'REJECT',
  code: ErrorCode,
  field?: string,
): MockLink.MockedResponse => ({
  request: {
    query:
      decision === 'APPROVE'
        ? APPROVE_COVENANT_PROPOSAL_MUTATION
        : REJECT_COVENANT_PROPOSAL_MUTATION,
    variables: () => true,
  },
  result: graphQLError(code, field),
});
