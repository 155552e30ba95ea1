import { parseWith, regionAgencySchema, type AgencyType } from '@schakel/domain';
import type { ClientErrorCode } from '../../api-client/utils/errorCode';

/*
 * The agency form's fields; the rules are the API's own (libs/domain region-agency.schema.ts).
 */

export const REGION_AGENCY_FIELDS = [
  'name',
  'type',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;
export type RegionAgencyField = (typeof REGION_AGENCY_FIELDS)[number];
export type RegionAgencyProblem = 'REQUIRED' | 'LENGTH' | 'INVALID' | 'TAKEN' | 'ROLES';
export type RegionAgencyProblems = Partial<Record<RegionAgencyField, RegionAgencyProblem>>;

export interface RegionAgencyValues {
  name: string;
  type: AgencyType | '';
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export const EMPTY_REGION_AGENCY: RegionAgencyValues = {
  name: '',
  type: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

const isField = (path: string): path is RegionAgencyField =>
  (REGION_AGENCY_FIELDS as readonly string[]).includes(path);

/** What the API would refuse, per field; an empty object means the form may be sent. */
export function checkRegionAgency(values: RegionAgencyValues): RegionAgencyProblems {
  const result = parseWith(regionAgencySchema(), values);
  const problems: RegionAgencyProblems = {};
  if (result.ok) return problems;
  for (const { path, code } of result.problems) {
    if (!isField(path) || problems[path]) continue;
    problems[path] =
      code === 'REQUIRED'
        ? 'REQUIRED'
        : code === 'INVALID' || code === 'NUL'
          ? 'INVALID'
          : 'LENGTH';
  }
  return problems;
}

/** A refusal by the API about one field, placed at that field; null for other errors. */
export function regionAgencyProblemsForApiError(
  code: ClientErrorCode,
  field: string | null,
): RegionAgencyProblems | null {
  if (field === null || !isField(field)) return null;
  if (code === 'CONFLICT') return { [field]: field === 'type' ? 'ROLES' : 'TAKEN' };
  if (code === 'BAD_USER_INPUT') return { [field]: 'INVALID' };
  return null;
}
