import type { CaseStatus } from '@schakel/domain';
import type { AreaTeamModel } from '../areas/area-team.model';
import type { AgencyModel } from '../auth/me.model';
import type { CaseTheme } from '../cases/case.enums';
import {
  maskEnteredPerson,
  maskPerson,
  type EnteredPerson,
  type PersonRow,
} from '../sharing/masking';
import { visibilityOf } from '../sharing/policy-sql';
import type { InformationCategory } from '../sharing/sharing.enums';
import type { PersonMatchDecision, ReferralPersonSource, TriageDecision } from './referral.enums';
import type { PossiblePersonMatchModel, ReferralModel } from './referral.model';
import { criteriaMet } from './referral.validation';
import type { AuditSink } from '../audit/audit-scope';

/** One row of referralSelect(). */
export interface ReferralRow extends PersonRow {
  caseId: string;
  reference: string;
  theme: CaseTheme;
  status: CaseStatus;
  regionId: string;
  subjectPersonId: string;
  referringAgencyId: string;
  referredAt: Date;
  waitingDays: number;
  referringAgency: AgencyModel;
  referredByName: string | null;
  nameVisible: boolean;
  dateOfBirthVisible: boolean;
  addressVisible: boolean;
  bsnVisible: boolean;
  triageVisible: boolean;
  /** Reason, goal and notInformedReason are null unless every category is readable (in SQL). */
  reasonVisible: boolean;
  reasonCategories: InformationCategory[];
  reason: string | null;
  goal: string | null;
  personInformed: boolean;
  /** The referrer before triage: the person is what it entered (`enteredPerson`), nothing else. */
  ownEntryOnly: boolean;
  enteredPerson: EnteredPerson | null;
  notInformedReason: string | null;
  proposedAgencies: AgencyModel[];
  personSource: ReferralPersonSource;
  bsnMatchPersonId: string | null;
  matchDecision: PersonMatchDecision | null;
  possibleMatches: PossiblePersonMatchModel[] | null;
  areaTeams: AreaTeamModel[] | null;
  multiDomain: boolean | null;
  chainsCooperate: boolean | null;
  impactOnSurroundings: boolean | null;
  seriousLocalSafety: boolean | null;
  decision: TriageDecision | null;
  decisionReason: string | null;
  decidedAt: Date | null;
  casusregisseurAgency: AgencyModel | null;
}

const WAITING: readonly CaseStatus[] = ['REFERRED', 'IN_TRIAGE'];

/** The referral as this caller may see it: matching fields only for its triage. */
export function toReferralModel(row: ReferralRow, audit: AuditSink): ReferralModel {
  const triage = row.triageVisible;
  const decided = row.decision !== null && row.multiDomain !== null;
  return {
    caseId: row.caseId,
    reference: row.reference,
    theme: row.theme,
    status: row.status,
    referredAt: new Date(row.referredAt),
    waitingDays: row.waitingDays,
    referringAgency: row.referringAgency,
    referredByName: row.referredByName,
    person: row.ownEntryOnly
      ? maskEnteredPerson(row.enteredPerson, row.id, row.caseId, visibilityOf(row), audit)
      : maskPerson(row, visibilityOf(row), audit),
    ...referralTexts(row, audit),
    proposedAgencies: row.proposedAgencies,
    personInformed: row.personInformed,
    personSource: triage ? row.personSource : null,
    possibleMatches: triage ? (row.possibleMatches ?? []) : null,
    areaTeams: triage ? (row.areaTeams ?? []) : null,
    bsnConflict: triage ? row.bsnMatchPersonId !== null : null,
    matchDecision: triage ? row.matchDecision : null,
    criteria: decided
      ? (() => {
          const c = {
            multiDomain: row.multiDomain!,
            chainsCooperate: row.chainsCooperate!,
            impactOnSurroundings: row.impactOnSurroundings!,
            seriousLocalSafety: row.seriousLocalSafety!,
          };
          return { ...c, met: criteriaMet(c) };
        })()
      : null,
    decision: row.decision,
    decisionReason: row.decisionReason,
    decidedAt: row.decidedAt === null ? null : new Date(row.decidedAt),
    casusregisseurAgency: row.casusregisseurAgency,
    canDecide: triage && WAITING.includes(row.status),
  };
}

/** Reason, goal and why the person was not informed: one free text of the referrer's categories. */
function referralTexts(
  row: ReferralRow,
  audit: AuditSink,
): Pick<
  ReferralModel,
  'reason' | 'goal' | 'notInformedReason' | 'reasonAccess' | 'reasonCategories'
> {
  if (!row.reasonVisible) {
    return {
      reason: null,
      goal: null,
      notInformedReason: null,
      reasonAccess: 'WITHHELD',
      reasonCategories: [],
    };
  }
  audit.note({ caseId: row.caseId, personIds: [row.id], categories: [...row.reasonCategories] });
  return {
    reason: row.reason,
    goal: row.goal,
    notInformedReason: row.notInformedReason,
    reasonAccess: 'FULL',
    reasonCategories: row.reasonCategories,
  };
}
