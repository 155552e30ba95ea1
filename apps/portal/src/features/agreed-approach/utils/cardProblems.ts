import { isCalendarDate } from '../../forms/utils/localDate';
export const INSTRUCTIONS_MAX = 4000;
export const CONTACTS_MAX = 12;

export interface ContactValues {
  key: number;
  agencyId: string;
  name: string;
  role: string;
  phone: string;
  available: string;
}

export interface CardValues {
  instructions: string;
  validUntil: string;
  contacts: ContactValues[];
}

export type CardProblem = 'REQUIRED' | 'INVALID' | 'TOO_LONG' | 'PAST';
/** Keys: "instructions", "validUntil", "contacts", "contacts.0.phone", … as the API names them. */
export type CardProblems = Record<string, CardProblem>;

// Mirrors the API's parser (agreed-approaches/dutch-phone.ts); the API decides in the end.
export function isDutchPhone(input: string): boolean {
  const display = input.trim().replace(/\s+/g, ' ');
  if (!/^\+?[0-9 ()-]{3,25}$/.test(display)) return false;
  const digits = display.replace('(0)', '').replace(/[ ()-]/g, '');
  return (
    /^(?:\+31|0031)[1-9]\d{8}$/.test(digits) ||
    /^0[1-9]\d{8}$/.test(digits) ||
    /^0(80[0-9]|90[0-9])\d{4,7}$/.test(digits) ||
    /^14\d{3,4}$/.test(digits)
  );
}

export function checkCard(values: CardValues, today: string): CardProblems {
  const problems: CardProblems = {};
  const instructions = [...values.instructions.trim()].length;
  if (instructions === 0) problems.instructions = 'REQUIRED';
  else if (instructions > INSTRUCTIONS_MAX) problems.instructions = 'TOO_LONG';
  if (values.validUntil === '') problems.validUntil = 'REQUIRED';
  else if (!isCalendarDate(values.validUntil)) problems.validUntil = 'INVALID';
  else if (values.validUntil < today) problems.validUntil = 'PAST';
  if (values.contacts.length === 0) problems.contacts = 'REQUIRED';
  values.contacts.forEach((contact, i) => {
    if (contact.agencyId === '') problems[`contacts.${i}.agencyId`] = 'REQUIRED';
    if ([...contact.name.trim()].length < 2) problems[`contacts.${i}.name`] = 'REQUIRED';
    if (contact.phone.trim() === '') problems[`contacts.${i}.phone`] = 'REQUIRED';
    else if (!isDutchPhone(contact.phone)) problems[`contacts.${i}.phone`] = 'INVALID';
  });
  return problems;
}
