import { isValidBsn } from '@schakel/domain';
import type { AuditAction, AuditEventFilterInput, AuditResult } from '../../../gql/graphql';
import { isCalendarDate } from '../../forms/utils/localDate';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'READ',
  'SEARCH',
  'LOOKUP',
  'EXPORT',
  'CREATE',
  'UPDATE',
  'DELETE',
  'DENIED',
  'BREAK_GLASS',
  'VIEW_AS',
  'LOGGING',
  'LOGIN',
  'LOGOUT',
  'MFA',
  'PASSWORD',
  'ADMIN',
];
export const AUDIT_RESULTS: readonly AuditResult[] = ['ALLOWED', 'DENIED'];

/** The search form as typed; a BSN never goes into the address bar, a person id does. */
export interface AuditFilterValues {
  bsn: string;
  personId: string;
  user: string;
  agencyId: string;
  caseReference: string;
  from: string;
  to: string;
  actions: AuditAction[];
  result: AuditResult | '';
}

export const EMPTY_FILTER: AuditFilterValues = {
  bsn: '',
  personId: '',
  user: '',
  agencyId: '',
  caseReference: '',
  from: '',
  to: '',
  actions: [],
  result: '',
};

export type AuditFilterField = 'bsn' | 'user' | 'caseReference' | 'from' | 'to';
export type AuditFilterProblem = 'BSN' | 'USER' | 'CASE_REFERENCE' | 'DATE' | 'TO_BEFORE_FROM';
export type AuditFilterProblems = Partial<Record<AuditFilterField, AuditFilterProblem>>;

/** Dutch query parameters, so a link from the signals page reads as what it filters on. */
const PARAM = {
  personId: 'persoon',
  user: 'gebruiker',
  agencyId: 'organisatie',
  caseReference: 'dossier',
  from: 'van',
  to: 'tot',
  actions: 'actie',
  result: 'resultaat',
} as const;

export function filterFromParams(params: URLSearchParams): AuditFilterValues {
  const actions = params
    .getAll(PARAM.actions)
    .filter((a): a is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(a));
  const result = params.get(PARAM.result) ?? '';
  return {
    bsn: '',
    personId: params.get(PARAM.personId) ?? '',
    user: params.get(PARAM.user) ?? '',
    agencyId: params.get(PARAM.agencyId) ?? '',
    caseReference: params.get(PARAM.caseReference) ?? '',
    from: params.get(PARAM.from) ?? '',
    to: params.get(PARAM.to) ?? '',
    actions,
    result: (AUDIT_RESULTS as readonly string[]).includes(result) ? (result as AuditResult) : '',
  };
}

export function paramsFromFilter(values: AuditFilterValues): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ['personId', 'user', 'agencyId', 'caseReference', 'from', 'to'] as const) {
    const value = values[key].trim();
    if (value) params.set(PARAM[key], value);
  }
  for (const action of values.actions) params.append(PARAM.actions, action);
  if (values.result) params.set(PARAM.result, values.result);
  return params;
}

/** A link to the trail of one user (and optionally one person) on one day. */
export function trailLink(options: { userId: string; day: string; personId?: string }): string {
  const params = paramsFromFilter({
    ...EMPTY_FILTER,
    user: options.userId,
    personId: options.personId ?? '',
    from: options.day,
    to: options.day,
  });
  return `/privacy/audittrail?${params.toString()}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CASE_REFERENCE = /^[A-Z0-9-]{3,40}$/;

export function checkFilter(values: AuditFilterValues): AuditFilterProblems {
  const problems: AuditFilterProblems = {};
  const bsn = values.bsn.replace(/[\s.-]/g, '');
  if (bsn && !isValidBsn(bsn)) problems.bsn = 'BSN';
  const user = values.user.trim();
  if (user && !EMAIL.test(user) && !UUID.test(user)) problems.user = 'USER';
  const reference = values.caseReference.trim().toUpperCase();
  if (reference && !CASE_REFERENCE.test(reference)) problems.caseReference = 'CASE_REFERENCE';
  if (values.from && !isCalendarDate(values.from)) problems.from = 'DATE';
  if (values.to && !isCalendarDate(values.to)) problems.to = 'DATE';
  if (!problems.from && !problems.to && values.from && values.to && values.from > values.to) {
    problems.to = 'TO_BEFORE_FROM';
  }
  return problems;
}

/** The API's filter; null fields are left out. */
export function toApiFilter(values: AuditFilterValues): AuditEventFilterInput {
  const text = (value: string) => value.trim() || null;
  return {
    personId: text(values.personId),
    user: text(values.user),
    agencyId: text(values.agencyId),
    caseReference: text(values.caseReference)?.toUpperCase() ?? null,
    from: text(values.from),
    to: text(values.to),
    actions: values.actions.length > 0 ? values.actions : null,
    result: values.result || null,
  };
}
