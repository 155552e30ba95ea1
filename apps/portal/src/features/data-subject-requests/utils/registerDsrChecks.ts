import { isValidBsn } from '@schakel/domain';
import { isCalendarDate, localDate } from '../../forms/utils/localDate';
import type { MessageKey } from '../../i18n/messages/nl';

/** The fields of "Nieuw verzoek" that can be in trouble, in the order of the form. */
export const REGISTER_DSR_FIELDS = [
  'bsn',
  'familyName',
  'dateOfBirth',
  'person',
  'givenNames',
  'receivedOn',
  'identityVerification',
] as const;
export type RegisterDsrField = (typeof REGISTER_DSR_FIELDS)[number];
export type RegisterDsrProblems = Partial<Record<RegisterDsrField, MessageKey>>;

export interface RegisterDsrChecked {
  bsn: string;
  familyName: string;
  dateOfBirth: string;
  givenNames: string;
  receivedOn: string;
  identity: string;
}

/** What keeps the person search from being sent: a BSN, or a family name and a date of birth. */
export function searchProblems({ bsn, familyName, dateOfBirth }: RegisterDsrChecked) {
  const problems: RegisterDsrProblems = {};
  const byBsn = bsn.trim() !== '';
  if (byBsn && !isValidBsn(bsn.replace(/[\s.-]/g, ''))) problems.bsn = 'dsr.register.bsnInvalid';
  if (!byBsn && !familyName.trim()) problems.familyName = 'dsr.register.personRequired';
  if (!byBsn && !isCalendarDate(dateOfBirth.trim())) {
    problems.dateOfBirth = 'dsr.register.dateInvalid';
  }
  return problems;
}

/**
 * What keeps the request from being registered: a chosen person (or, when nobody was found, the
 * requester's own name and date of birth), a receipt date not in the future, how identity was
 * established.
 */
export function registerProblems(
  values: RegisterDsrChecked,
  person: { chosen: boolean; unknownPerson: boolean },
  today = localDate(),
) {
  const { familyName, dateOfBirth, givenNames, receivedOn, identity } = values;
  const problems: RegisterDsrProblems = {};
  if (!person.chosen && !person.unknownPerson) problems.person = 'dsr.register.personRequired';
  if (!person.chosen && person.unknownPerson) {
    if (!givenNames.trim() || !familyName.trim()) problems.givenNames = 'dsr.register.nameRequired';
    if (!isCalendarDate(dateOfBirth.trim())) problems.dateOfBirth = 'dsr.register.dateInvalid';
  }
  if (!isCalendarDate(receivedOn.trim())) problems.receivedOn = 'dsr.register.dateInvalid';
  else if (receivedOn.trim() > today) problems.receivedOn = 'dsr.register.receivedFuture';
  if (identity.trim().length < 3) problems.identityVerification = 'dsr.register.identityInvalid';
  return problems;
}
