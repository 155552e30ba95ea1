import { InputError } from '../common/input.error';
import {
  birthDateArg,
  bsnArg,
  dateArg,
  localDate,
  optionalTextArg,
  textArg,
  uuidArg,
} from '../common/validate';
import type { LookupSearchKind } from './agreed-approach.enums';
import { LOOKUP_PURPOSE_KINDS, type LookupPurposeKind } from './agreed-approach.enums';
import { parseDutchPhone } from './dutch-phone';
import type { SaveAgreedApproachInput } from './dto/save-agreed-approach.input';
import type { LookupAgreedApproachInput } from './dto/lookup-agreed-approach.input';

export const INSTRUCTIONS_MAX = 4000;
export const CONTACTS_MAX = 12;
/** A card is reviewed at least this often; a later date is most likely a typo. */
export const VALID_FOR_MAX_DAYS = 730;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface ValidContact {
  agencyId: string;
  name: string;
  role: string | null;
  phone: string;
  available: string | null;
}

export interface ValidCard {
  caseId: string;
  expectedRevision: number | null;
  instructions: string;
  validUntil: string;
  contacts: ValidContact[];
}

export function checkSaveInput(input: SaveAgreedApproachInput, today = localDate()): ValidCard {
  const caseId = uuidArg(input.caseId, 'caseId');
  const expected = input.expectedRevision ?? null;
  if (expected !== null && (!Number.isInteger(expected) || expected < 1)) {
    throw InputError.badInput('expectedRevision', 'expectedRevision must be a positive number.');
  }
  const instructions = textArg(input.instructions ?? '', 'instructions', 1, INSTRUCTIONS_MAX);
  const validUntil = dateArg(input.validUntil, 'validUntil');
  if (validUntil < today) {
    throw InputError.badInput('validUntil', 'validUntil must be today or later.');
  }
  if (validUntil > addDays(today, VALID_FOR_MAX_DAYS)) {
    throw InputError.badInput('validUntil', 'validUntil must lie within two years.');
  }
  const list = input.contacts ?? [];
  if (list.length < 1) throw InputError.badInput('contacts', 'At least one contact is required.');
  if (list.length > CONTACTS_MAX) {
    throw InputError.badInput('contacts', `At most ${CONTACTS_MAX} contacts.`);
  }
  const contacts = list.map((contact, i): ValidContact => {
    const at = `contacts.${i}`;
    const phone = parseDutchPhone(contact.phone ?? '');
    if (!phone) {
      throw InputError.badInput(`${at}.phone`, `${at}.phone is not a valid Dutch phone number.`);
    }
    return {
      agencyId: uuidArg(contact.agencyId, `${at}.agencyId`),
      name: textArg(contact.name ?? '', `${at}.name`, 2, 200),
      role: optionalTextArg(contact.role, `${at}.role`, 1, 200),
      phone: phone.display,
      available: optionalTextArg(contact.available, `${at}.available`, 1, 200),
    };
  });
  return { caseId, expectedRevision: expected, instructions, validUntil, contacts };
}

export interface ValidLookup {
  purposeKind: LookupPurposeKind;
  purpose: string;
  searchKind: LookupSearchKind;
  person: { bsn?: string; familyName?: string; givenNames?: string; dateOfBirth?: string };
}

/** The purpose first: without one, nothing is searched (and nothing logged as a lookup). */
export function checkLookupInput(
  input: LookupAgreedApproachInput,
  today = localDate(),
): ValidLookup {
  const kind = input.purposeKind ?? null;
  if (kind === null || !LOOKUP_PURPOSE_KINDS.includes(kind)) {
    throw InputError.badInput('purposeKind', 'purposeKind is required.');
  }
  const purpose = textArg(input.purpose ?? '', 'purpose', 5, 500);
  const bsn = input.bsn?.replace(/[\s.-]/g, '') ?? '';
  const familyName = input.familyName?.trim() ?? '';
  const dateOfBirth = input.dateOfBirth?.trim() ?? '';
  if (bsn !== '') {
    if (familyName !== '' || dateOfBirth !== '') {
      throw InputError.badInput('bsn', 'Search either by BSN or by name and date of birth.');
    }
    return { purposeKind: kind, purpose, searchKind: 'BSN', person: { bsn: bsnArg(bsn, 'bsn') } };
  }
  if (familyName === '' && dateOfBirth === '') {
    throw InputError.badInput('bsn', 'Enter a BSN, or a family name and date of birth.');
  }
  const name = textArg(familyName, 'familyName', 1, 200);
  const born = birthDateArg(dateOfBirth, 'dateOfBirth', today);
  const givenNames = optionalTextArg(input.givenNames, 'givenNames', 1, 200);
  return {
    purposeKind: kind,
    purpose,
    searchKind: 'NAME_DOB',
    person: { familyName: name, dateOfBirth: born, ...(givenNames ? { givenNames } : {}) },
  };
}
