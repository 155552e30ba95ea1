import { AbilityBuilder } from '@casl/ability';
import {
  CONSENT_PARTS_BY_CATEGORY,
  INFORMATION_CATEGORIES,
  ROLES_WITHOUT_CASE_CONTENT,
  isInformationCategory,
  isRole,
  type AgencyType,
  type ConsentPart,
  type InformationCategory,
  type Role,
} from '@schakel/domain';
import { grantsFor, type CategoryGrant, type CovenantEntry } from './covenant';
import { clampToCeiling } from './legal-ceiling';
import {
  createAppAbility,
  type AppAbility,
  type PolicyAction,
  type PolicySubjectInstance,
} from './subjects';

export interface PolicyUser {
  id: string;
  roles: readonly Role[];
  agencyId: string;
  agencyType: AgencyType;
  regionId: string;
}

/** A recorded, not withdrawn consent: this person's data of this category may go to this agency. */
export interface ConsentGrant {
  personId: string;
  category: InformationCategory;
  recipientAgencyId: string;
  /** null: the consent holds in every case of this person the recipient takes part in. */
  caseId: string | null;
  /**
   * The parts of the category the consent names (e.g. IDENTITY: NAME, CONTACT); absent or empty:
   * the whole category.
   */
  parts?: readonly ConsentPart[];
}

/**
 * What a volunteer organisation's consent names when the recorder names nothing narrower
 * (domain brief, "Rules settled later"): the person's name and contact details — not the BSN,
 * birth date or address — and in the plan only the actions the organisation owns.
 */
export const VOLUNTEER_DEFAULT_CONSENT: Readonly<
  Partial<Record<InformationCategory, readonly ConsentPart[]>>
> = Object.freeze({
  IDENTITY: Object.freeze(['NAME', 'CONTACT'] as const),
  PLAN: Object.freeze(['OWN_ACTIONS'] as const),
});

/** Agency types that take part only with the person's consent and get nothing from the covenant. */
export const CONSENT_ONLY_AGENCY_TYPES: readonly AgencyType[] = Object.freeze(['VOLUNTEER']);

/**
 * The parts a stored consent names, checked against its category: null when a named part is not
 * one of the category's (bad stored data: the consent then grants nothing rather than everything),
 * [] for the whole category.
 */
export function consentParts(
  category: InformationCategory,
  parts: readonly unknown[] | null | undefined,
): ConsentPart[] | null {
  if (parts === undefined || parts === null) return [];
  if (!Array.isArray(parts)) return null;
  const allowed: readonly string[] = CONSENT_PARTS_BY_CATEGORY[category] ?? [];
  const named: ConsentPart[] = [];
  for (const part of parts) {
    if (typeof part !== 'string' || !allowed.includes(part)) return null;
    if (!named.includes(part as ConsentPart)) named.push(part as ConsentPart);
  }
  return named;
}

/** A recorded conflict-of-duties decision (conflict van plichten) for one case. */
export interface ConflictOfDutiesDecision {
  caseId: string;
  category: InformationCategory;
  recipientAgencyId: string;
}

/** An active break-the-glass opening by this user; the written reason is the API's to log. */
export interface BreakGlassGrant {
  caseId: string;
  reason: string;
}

export interface PolicyContext {
  user: PolicyUser;
  /** The region's current covenant version. */
  covenant: readonly CovenantEntry[];
  /** Active consents for the user's agency; withdrawn ones must not be passed in. */
  consents: readonly ConsentGrant[];
  conflictDecisions: readonly ConflictOfDutiesDecision[];
  /** Active break-glass openings of this user. */
  breakGlass: readonly BreakGlassGrant[];
}

/** Why a request is allowed; stored as the CASL rule's `reason`, so it survives packing. */
export const ACCESS_BASES = [
  'covenant',
  'consent',
  'conflict_of_duties',
  'break_glass',
  'role',
] as const;
export type AccessBasis = (typeof ACCESS_BASES)[number];

function isAccessBasis(value: unknown): value is AccessBasis {
  return typeof value === 'string' && (ACCESS_BASES as readonly string[]).includes(value);
}

/**
 * Admin and privacy roles carry duties, not case content; any other known role brings content.
 * Unknown strings (bad stored data) bring nothing.
 */
export function hasCaseContentRole(roles: readonly Role[]): boolean {
  return roles.some((role) => isRole(role) && !ROLES_WITHOUT_CASE_CONTENT.includes(role));
}

// Ids in grants come from stored records; a missing or empty one must drop the grant, not widen it.
const isId = (value: unknown): value is string => typeof value === 'string' && value !== '';

function noGrants(): Record<InformationCategory, CategoryGrant> {
  const none = { read: false, readSummary: false, write: false };
  return Object.fromEntries(INFORMATION_CATEGORIES.map((c) => [c, none])) as Record<
    InformationCategory,
    CategoryGrant
  >;
}

/**
 * Builds the caller's ability from the region's covenant and the recorded exceptions.
 *
 * Only `can` rules, so rulesToAST (and the SQL built from it) cannot disagree with `can()`.
 * Rule order matters only for `accessBasis`: CASL prefers the rule defined last, so the rules are
 * defined from the most exceptional (break-glass) to the most ordinary (covenant), and an access the
 * covenant already allows is never logged as an exception.
 */
export function buildAbility(ctx: PolicyContext): AppAbility {
  const { user } = ctx;
  const builder = new AbilityBuilder<AppAbility>(createAppAbility);
  const { can } = builder;
  // A user without region or agency is misconfigured; an empty id must never match empty columns.
  if (!isId(user.regionId) || !isId(user.agencyId)) return createAppAbility();

  const regionId = user.regionId;
  // Region isolation and need-to-know on every content rule. CASL (mongo semantics) matches an
  // array field against a scalar as "contains", verified in build-ability.spec.ts.
  const participating = { regionId, activeParticipantAgencyIds: user.agencyId };

  if (user.roles.includes('FUNCTIONAL_ADMIN')) {
    // Proposes covenant changes (`update`); never approves them: no `manage`, which would
    // include `approve` (four eyes, domain brief "Rules settled later").
    can('update', 'Covenant', { regionId }).because('role');
    can('read', 'Covenant', { regionId }).because('role');
    // Checking what the covenant does: the preview shows another agency's view as shape only
    // (no content: the preview never shows more than the caller's own ability reads).
    can('view_as', 'Case', { regionId }).because('role');
    // Retention periods are region configuration the functional admin must be able to see.
    can('read', 'Retention', { regionId }).because('role');
  }
  if (user.roles.includes('PRIVACY_OFFICER')) {
    can('read', 'AuditTrail', { regionId }).because('role');
    // Marking a break-the-glass access as reviewed; the trail itself stays append-only.
    can('update', 'AuditTrail', { regionId }).because('role');
    // The WGS contactpunt: registers and answers a person's requests for all partners at once.
    can('manage', 'DataSubjectRequest', { regionId }).because('role');
    // Retention periods per category and legal holds on cases.
    can('manage', 'Retention', { regionId }).because('role');
    // The privacy officer handles covenant changes: reads the covenant and approves or rejects
    // the administrator's proposals, without proposing any itself.
    can('read', 'Covenant', { regionId }).because('role');
    can('approve', 'Covenant', { regionId }).because('role');
    // Answering a data-subject request ("what can partner X see of me?") needs the shape of the
    // case as X sees it; content only where the officer's own ability reads it (i.e. none).
    can('view_as', 'Case', { regionId }).because('role');
  }

  if (user.roles.includes('PRIVACY_CONTACT')) {
    // A partner answers for its own data: its privacy contact reviews and releases its agency's
    // part of a data-subject request — no other agency's, and no case content elsewhere.
    const ownPart = { regionId, agencyId: user.agencyId };
    can('read', 'DataSubjectRequestPart', ownPart).because('role');
    can('update', 'DataSubjectRequestPart', ownPart).because('role');
  }

  if (!hasCaseContentRole(user.roles)) return createAppAbility(builder.rules);

  if (user.roles.includes('PROCESREGISSEUR')) {
    can('break_glass', 'Case', { regionId }).because('role');
    // Previewing a case as another partner sees it can only show less than the director's own view.
    can('view_as', 'Case', participating).because('role');
    // The procesregisseur owns the process: inviting partners and ending their participation.
    can('update', 'Case', participating).because('role');
    // …and so leads every case it takes part in, next to the casusregisseur (below).
    can('lead', 'Case', participating).because('role');
    // Triage (casusafweging) is the Veiligheidshuis' own process step.
    if (user.agencyType === 'ZVH') can('triage', 'Case', participating).because('role');
    for (const grant of ctx.breakGlass) {
      if (!isId(grant.caseId)) continue;
      // Break-glass skips need-to-know and the covenant for one case, never region isolation.
      can('read', 'Case', { regionId, id: grant.caseId }).because('break_glass');
      can('read', 'InformationItem', { regionId, caseId: grant.caseId }).because('break_glass');
    }
  }

  // A volunteer organisation reads only what the person consented to, never on a decision.
  const consentOnly = CONSENT_ONLY_AGENCY_TYPES.includes(user.agencyType);
  for (const decision of consentOnly ? [] : ctx.conflictDecisions) {
    if (decision.recipientAgencyId !== user.agencyId) continue;
    if (!isId(decision.caseId) || !isInformationCategory(decision.category)) continue;
    can('read', 'InformationItem', {
      ...participating,
      caseId: decision.caseId,
      category: decision.category,
    }).because('conflict_of_duties');
  }

  for (const consent of ctx.consents) {
    if (consent.recipientAgencyId !== user.agencyId) continue;
    if (!isId(consent.personId) || !isInformationCategory(consent.category)) continue;
    if (consent.caseId !== null && !isId(consent.caseId)) continue;
    const parts = consentParts(consent.category, consent.parts);
    if (parts === null) continue;
    can('read', 'InformationItem', {
      ...participating,
      personId: consent.personId,
      category: consent.category,
      ...(consent.caseId === null ? {} : { caseId: consent.caseId }),
      ...(parts.length === 0 ? {} : { part: { $in: parts } }),
    }).because('consent');
  }

  // Any partner may refer a case (aanmelding) in its own region.
  can('create', 'Case', { regionId }).because('covenant');
  if (consentOnly) {
    // A volunteer organisation sees a case it takes part in only while a consent of the person
    // covers it: a withdrawn or expired consent closes the case itself on the next request.
    for (const consent of ctx.consents) {
      if (consent.recipientAgencyId !== user.agencyId || !isId(consent.personId)) continue;
      if (consent.caseId !== null && !isId(consent.caseId)) continue;
      if (!isInformationCategory(consent.category)) continue;
      if (consentParts(consent.category, consent.parts) === null) continue;
      can(
        'read',
        'Case',
        consent.caseId === null
          ? { ...participating, subjectPersonId: consent.personId }
          : { ...participating, id: consent.caseId },
      ).because('consent');
    }
  } else {
    can('read', 'Case', participating).because('covenant');
  }
  // The casusregisseur agency owns the case's content while it takes part.
  can('lead', 'Case', { ...participating, casusregisseurAgencyId: user.agencyId }).because(
    'covenant',
  );

  // A volunteer organisation reads only what a consent names, whatever a stored covenant says.
  // Defence in depth for all others: whatever the stored covenant says (a row written by SQL, an
  // old version), nothing above the legal ceiling of the agency's type is granted (legal-ceiling.ts).
  const stored = consentOnly ? noGrants() : grantsFor(ctx.covenant, user);
  const grants = Object.fromEntries(
    INFORMATION_CATEGORIES.map((category) => [
      category,
      clampToCeiling(stored[category], user.agencyType, category),
    ]),
  ) as Record<InformationCategory, CategoryGrant>;
  const categoriesWhere = (pick: (grant: (typeof grants)[InformationCategory]) => boolean) =>
    INFORMATION_CATEGORIES.filter((category) => pick(grants[category]));
  const readable = categoriesWhere((grant) => grant.read);
  const summarisable = categoriesWhere((grant) => grant.readSummary);
  const writable = categoriesWhere((grant) => grant.write);

  if (summarisable.length > 0) {
    can('read_summary', 'InformationItem', {
      ...participating,
      category: { $in: summarisable },
      hasShareableSummary: true,
    }).because('covenant');
  }
  if (writable.length > 0) {
    can('create', 'InformationItem', { ...participating, category: { $in: writable } }).because(
      'covenant',
    );
    // Only the source agency corrects an item; others add their own.
    can('update', 'InformationItem', {
      ...participating,
      category: { $in: writable },
      sourceAgencyId: user.agencyId,
    }).because('covenant');
  }
  if (readable.length > 0) {
    can('read', 'InformationItem', { ...participating, category: { $in: readable } }).because(
      'covenant',
    );
  }

  // Domain brief §4, PLAN row: the agreed approach also goes to ALL police of the region, per
  // logged lookup, outside need-to-know. It follows the covenant's PLAN read for this police
  // agency, so a region that tightens PLAN switches the lookup off too.
  if (user.agencyType === 'POLICE' && grants.PLAN.read) {
    can('lookup', 'AgreedApproach', { regionId }).because('covenant');
  }

  return createAppAbility(builder.rules);
}

/**
 * On what basis `action` on this instance is allowed, for the access log; null when it is not.
 * Needs an instance: on a bare subject type CASL answers for "some" instance, which is no basis.
 */
export function accessBasis(
  ability: AppAbility,
  action: PolicyAction,
  subject: PolicySubjectInstance,
): AccessBasis | null {
  const rule = ability.relevantRuleFor(action, subject);
  if (rule === null || rule.inverted) return null;
  return isAccessBasis(rule.reason) ? rule.reason : null;
}
