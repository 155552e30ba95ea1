import {
  createMongoAbility,
  detectSubjectType,
  type ForcedSubject,
  type MongoAbility,
  type RawRuleOf,
} from '@casl/ability';
import type { InformationCategory, RecordPart } from '@schakel/domain';

/**
 * Actions the policy knows. CASL treats `manage` as "any action", so a `manage` rule also answers
 * `read`, `update`, … on the same subject; the policy grants it only on admin subjects.
 * `lead` on a Case: the case's leads — the procesregisseur (process) and the casusregisseur agency
 * (content) — adopt the plan, correct any action's status and see the agreed-approach lookups.
 * `triage` on a Case: decide on a referral (the Veiligheidshuis' procesregisseur).
 * `approve` on the Covenant: approve or reject a proposed change (the privacy officer; four eyes).
 */
export const POLICY_ACTIONS = [
  'read',
  'read_summary',
  'create',
  'update',
  'manage',
  'break_glass',
  'view_as',
  'lookup',
  'lead',
  'triage',
  'approve',
] as const;
export type PolicyAction = (typeof POLICY_ACTIONS)[number];

export const POLICY_SUBJECT_TYPES = [
  'Case',
  'InformationItem',
  'Covenant',
  'AuditTrail',
  'AgreedApproach',
  'DataSubjectRequest',
  'Retention',
  'DataSubjectRequestPart',
] as const;
export type PolicySubjectType = (typeof POLICY_SUBJECT_TYPES)[number];

/** What the policy needs to know about a case; participation is the list of *active* participants. */
export interface CaseFields {
  id: string;
  regionId: string;
  activeParticipantAgencyIds: readonly string[];
  /** The agency holding casusregie (content owner); absent or null when none is named yet. */
  casusregisseurAgencyId?: string | null;
  /**
   * The person the case is about; a volunteer organisation reads a case only under that person's
   * consent. Absent: such a reader is refused (fails closed).
   */
  subjectPersonId?: string;
}

export interface InformationItemFields {
  id: string;
  caseId: string;
  personId: string;
  regionId: string;
  category: InformationCategory;
  /**
   * What the record is within its category: an item (`ITEM`), a field of the person record
   * (`NAME`, `DATE_OF_BIRTH` …), the caller's own plan actions (`OWN_ACTIONS`) or the whole record
   * (`WHOLE`: the plan, the BSN). Only a consent that names parts conditions on it.
   */
  part: RecordPart;
  /** The police marked a summary of this item as shareable (covenant row POLICE). */
  hasShareableSummary: boolean;
  /** Every item carries its source agency (domain brief §4); only the source may correct it. */
  sourceAgencyId: string;
  activeParticipantAgencyIds: readonly string[];
}

export interface CovenantFields {
  regionId: string;
}

export interface AuditTrailFields {
  regionId: string;
}

/** A privacy request of a person (WGS contactpunt); handled by the region's privacy officer. */
export interface DataSubjectRequestFields {
  regionId: string;
}

/**
 * One partner's part of a data-subject request: that agency's data on the person, which its own
 * privacy contact reviews and releases before the contactpunt may add it to the answer.
 */
export interface DataSubjectRequestPartFields {
  regionId: string;
  agencyId: string;
}

/** Retention periods and legal holds of a region. */
export interface RetentionFields {
  regionId: string;
}

/**
 * The agreed-approach card (afsprakenkaart) of a case, as the police look it up from outside the
 * case: only the card, never the case, so no participation field.
 */
export interface AgreedApproachFields {
  regionId: string;
  caseId: string;
}

/** Plain objects are tagged either with CASL's `subject()` helper or with a GraphQL-style `__typename`. */
type Tagged<Name extends PolicySubjectType, Fields> = Fields &
  (ForcedSubject<Name> | { readonly __typename: Name });

export type CaseSubject = Tagged<'Case', CaseFields>;
export type InformationItemSubject = Tagged<'InformationItem', InformationItemFields>;
export type CovenantSubject = Tagged<'Covenant', CovenantFields>;
export type AuditTrailSubject = Tagged<'AuditTrail', AuditTrailFields>;
export type AgreedApproachSubject = Tagged<'AgreedApproach', AgreedApproachFields>;
export type DataSubjectRequestSubject = Tagged<'DataSubjectRequest', DataSubjectRequestFields>;
export type RetentionSubject = Tagged<'Retention', RetentionFields>;
export type DataSubjectRequestPartSubject = Tagged<
  'DataSubjectRequestPart',
  DataSubjectRequestPartFields
>;

export type PolicySubjectInstance =
  | CaseSubject
  | InformationItemSubject
  | CovenantSubject
  | AuditTrailSubject
  | AgreedApproachSubject
  | DataSubjectRequestSubject
  | RetentionSubject
  | DataSubjectRequestPartSubject;

export type AppAbility = MongoAbility<[PolicyAction, PolicySubjectType | PolicySubjectInstance]>;
export type AppRawRule = RawRuleOf<AppAbility>;

function detectPolicySubjectType(object: PolicySubjectInstance): PolicySubjectType {
  if ('__typename' in object) return object.__typename;
  return detectSubjectType(object) as PolicySubjectType;
}

/** The one place an AppAbility is made, so built and unpacked abilities detect subjects alike. */
export function createAppAbility(rules: AppRawRule[] = []): AppAbility {
  return createMongoAbility<AppAbility>(rules, { detectSubjectType: detectPolicySubjectType });
}
