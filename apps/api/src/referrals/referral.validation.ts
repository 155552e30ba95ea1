import { CASE_THEMES, type CaseTheme } from '../cases/case.enums';
import { InputError } from '../common/input.error';
import { birthDateArg, bsnArg, optionalTextArg, textArg, uuidArg } from '../common/validate';
import type {
  CreateReferralInput,
  DecideReferralInput,
  NewPersonInput,
  ReferralPersonLookupInput,
} from './dto/referral.inputs';
import { TRIAGE_DECISIONS, type PersonMatchDecision, type TriageDecision } from './referral.enums';

/*
 * Input checks of referral and triage, before any query: bad input changes nothing. The portal
 * mirrors these rules (features/referrals/utils/validation.ts) with Dutch messages per field.
 */

const POSTCODE = /^([1-9][0-9]{3}) ?([A-Za-z]{2})$/;

export interface LookupQuery {
  bsn: string | null;
  familyName: string | null;
  givenNames: string | null;
  dateOfBirth: string | null;
}

/** BSN alone, or family name + date of birth (given names optional). */
export function parseLookup(input: ReferralPersonLookupInput): LookupQuery {
  const bsn = input.bsn?.trim() ? bsnArg(input.bsn, 'bsn') : null;
  if (bsn) return { bsn, familyName: null, givenNames: null, dateOfBirth: null };
  const familyName = textArg(input.familyName ?? '', 'familyName', 1, 200);
  if (!input.dateOfBirth?.trim()) {
    throw InputError.badInput('dateOfBirth', 'A name search needs the date of birth as well.');
  }
  return {
    bsn: null,
    familyName,
    givenNames: optionalTextArg(input.givenNames, 'givenNames', 1, 200),
    dateOfBirth: birthDateArg(input.dateOfBirth, 'dateOfBirth'),
  };
}

export interface NewPerson {
  bsn: string | null;
  givenNames: string;
  familyName: string;
  dateOfBirth: string;
  street: string | null;
  houseNumber: string | null;
  postcode: string | null;
  city: string | null;
  wijk: string | null;
}

function parseNewPerson(input: NewPersonInput): NewPerson {
  const postcodeText = input.postcode?.trim() ?? '';
  let postcode: string | null = null;
  if (postcodeText !== '') {
    const match = POSTCODE.exec(postcodeText);
    if (!match) throw InputError.badInput('person.postcode', 'This is not a Dutch postcode.');
    postcode = `${match[1]}${match[2]!.toUpperCase()}`;
  }
  return {
    bsn: input.bsn?.trim() ? bsnArg(input.bsn, 'person.bsn') : null,
    givenNames: textArg(input.givenNames ?? '', 'person.givenNames', 1, 200),
    familyName: textArg(input.familyName ?? '', 'person.familyName', 1, 200),
    dateOfBirth: birthDateArg(input.dateOfBirth ?? '', 'person.dateOfBirth'),
    street: optionalTextArg(input.street, 'person.street', 1, 200),
    houseNumber: optionalTextArg(input.houseNumber, 'person.houseNumber', 1, 20),
    postcode,
    city: optionalTextArg(input.city, 'person.city', 1, 200),
    wijk: optionalTextArg(input.wijk, 'person.wijk', 1, 200),
  };
}

function idList(values: readonly string[], field: string, max = 30): string[] {
  if (values.length > max) throw InputError.badInput(field, `${field} holds at most ${max} ids.`);
  return [...new Set(values.map((id, i) => uuidArg(id, `${field}.${i}`)))];
}

export interface ReferralDraft {
  personId: string | null;
  person: NewPerson | null;
  theme: CaseTheme;
  reason: string;
  goal: string;
  proposedAgencyIds: string[];
  personInformed: boolean;
  notInformedReason: string | null;
}

export function parseReferral(input: CreateReferralInput): ReferralDraft {
  const hasId = Boolean(input.personId);
  if (hasId === Boolean(input.person)) {
    throw InputError.badInput('person', 'Pick a person found by the lookup, or enter a new one.');
  }
  const personId = input.personId ? uuidArg(input.personId, 'personId') : null;
  const person = input.person ? parseNewPerson(input.person) : null;
  if (!(CASE_THEMES as readonly string[]).includes(input.theme)) {
    throw InputError.badInput('theme', 'theme is not a known theme.');
  }
  const reason = textArg(input.reason ?? '', 'reason', 10, 2000);
  const goal = textArg(input.goal ?? '', 'goal', 10, 2000);
  const notInformedReason = input.personInformed
    ? null
    : textArg(input.notInformedReason ?? '', 'notInformedReason', 10, 2000);
  return {
    personId,
    person,
    theme: input.theme,
    reason,
    goal,
    proposedAgencyIds: idList(input.proposedAgencyIds ?? [], 'proposedAgencyIds'),
    personInformed: input.personInformed,
    notInformedReason,
  };
}

export interface Criteria {
  multiDomain: boolean;
  chainsCooperate: boolean;
  impactOnSurroundings: boolean;
  seriousLocalSafety: boolean;
}

/** The national rule: multi-domain AND both chains AND impact on surroundings, OR local safety. */
export function criteriaMet(c: Criteria): boolean {
  return (c.multiDomain && c.chainsCooperate && c.impactOnSurroundings) || c.seriousLocalSafety;
}

export interface TriageDraft {
  caseId: string;
  decision: TriageDecision;
  reason: string;
  criteria: Criteria;
  partnerAgencyIds: string[] | null;
  casusregisseurAgencyId: string | null;
  personMatch: PersonMatchDecision | null;
  matchedPersonId: string | null;
}

export function parseDecision(input: DecideReferralInput): TriageDraft {
  const caseId = uuidArg(input.caseId, 'caseId');
  if (!(TRIAGE_DECISIONS as readonly string[]).includes(input.decision)) {
    throw InputError.badInput('decision', 'decision is not a known triage decision.');
  }
  const reason = textArg(input.reason ?? '', 'reason', 10, 2000);
  const criteria: Criteria = {
    multiDomain: input.criteria.multiDomain,
    chainsCooperate: input.criteria.chainsCooperate,
    impactOnSurroundings: input.criteria.impactOnSurroundings,
    seriousLocalSafety: input.criteria.seriousLocalSafety,
  };
  const accepted = input.decision === 'ACCEPTED';
  if (accepted && !criteriaMet(criteria)) {
    throw InputError.badInput(
      'criteria',
      'Accepting needs the national criteria: multi-domain problems, both chains and impact on ' +
        'the surroundings together, or a serious local safety problem.',
    );
  }
  if (!accepted && (input.partnerAgencyIds?.length || input.casusregisseurAgencyId)) {
    throw InputError.badInput(
      'partnerAgencyIds',
      'Partners and a casusregisseur are only chosen when the referral is accepted.',
    );
  }
  const personMatch = input.personMatch ?? null;
  const matchedPersonId = input.matchedPersonId
    ? uuidArg(input.matchedPersonId, 'matchedPersonId')
    : null;
  if ((personMatch === 'SAME_PERSON') !== (matchedPersonId !== null)) {
    throw InputError.badInput(
      'matchedPersonId',
      'Name the known person exactly when deciding it is the same person.',
    );
  }
  return {
    caseId,
    decision: input.decision,
    reason,
    criteria,
    partnerAgencyIds: input.partnerAgencyIds
      ? idList(input.partnerAgencyIds, 'partnerAgencyIds')
      : null,
    casusregisseurAgencyId: input.casusregisseurAgencyId
      ? uuidArg(input.casusregisseurAgencyId, 'casusregisseurAgencyId')
      : null,
    personMatch,
    matchedPersonId,
  };
}
