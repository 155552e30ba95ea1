import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { CaseAgreedApproachQuery } from '../../../gql/graphql';
import { localDate } from '../../forms/utils/localDate';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import {
  checkCard,
  INSTRUCTIONS_MAX,
  type CardProblem,
  type CardProblems,
  type CardValues,
  type ContactValues,
} from '../utils/cardProblems';
import { useSaveAgreedApproach } from './useSaveAgreedApproach';

export type Card = NonNullable<CaseAgreedApproachQuery['caseAgreedApproach']['card']>;
export type ContactField = keyof Omit<ContactValues, 'key'>;

export interface AgreedApproachFormProps {
  caseId: string;
  card: Card | null;
  onSaved: (revision: number) => void;
}

let nextKey = 1;
const emptyContact = (): ContactValues => ({
  key: nextKey++,
  agencyId: '',
  name: '',
  role: '',
  phone: '',
  available: '',
});

function initialValues(card: Card | null): CardValues {
  if (!card) return { instructions: '', validUntil: '', contacts: [emptyContact()] };
  return {
    instructions: card.instructions,
    validUntil: card.validUntil,
    contacts: card.contacts.map((c) => ({
      key: nextKey++,
      agencyId: c.agency.id,
      name: c.name,
      role: c.role ?? '',
      phone: c.phone,
      available: c.available ?? '',
    })),
  };
}

/** Words a problem at its API field path (`instructions`, `contacts.0.phone`, …). */
function useDescribeCardProblem() {
  const t = useT();
  return (key: string, problem: CardProblem): string => {
    const contact = /^contacts\.(\d+)\.(\w+)$/.exec(key);
    if (contact) {
      const number = Number(contact[1]) + 1;
      switch (contact[2]) {
        case 'agencyId':
          return t('agreedApproach.form.agencyRequired', { number });
        case 'name':
          return t('agreedApproach.form.nameRequired', { number });
        case 'phone':
          return t(
            problem === 'REQUIRED'
              ? 'agreedApproach.form.phoneRequired'
              : 'agreedApproach.form.phoneInvalid',
            { number },
          );
        default:
          return t('agreedApproach.form.fieldInvalid');
      }
    }
    switch (key) {
      case 'instructions':
        return problem === 'TOO_LONG'
          ? t('agreedApproach.form.instructionsTooLong', { max: INSTRUCTIONS_MAX })
          : t('agreedApproach.form.instructionsRequired');
      case 'validUntil':
        return t(
          problem === 'REQUIRED'
            ? 'agreedApproach.form.validUntilRequired'
            : problem === 'PAST'
              ? 'agreedApproach.form.validUntilPast'
              : 'agreedApproach.form.validUntilInvalid',
        );
      case 'contacts':
        return t('agreedApproach.form.contactsRequired');
      default:
        return t('agreedApproach.form.fieldInvalid');
    }
  };
}

/**
 * The state and submit of the agreed-approach card. Its fields grow with the contacts, so the
 * problems are keyed by API path and the summary (not a field) takes the focus after each attempt.
 */
export function useAgreedApproachForm({ caseId, card, onSaved }: AgreedApproachFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const describe = useDescribeCardProblem();
  const id = useId();
  const { save, loading } = useSaveAgreedApproach();
  const [values, setValues] = useState<CardValues>(() => initialValues(card));
  const [problems, setProblems] = useState<CardProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  // The revision the edit started from: a newer one on the server makes the save a CONFLICT.
  const [startRevision] = useState<number | null>(card?.revision ?? null);

  const fieldId = (key: string) => `${id}-${key.replace(/\./g, '-')}`;
  const summaryId = `${id}-summary`;

  function show(found: CardProblems, message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAttempts((n) => n + 1);
    });
    document.getElementById(summaryId)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkCard(values, localDate());
    if (Object.keys(found).length > 0) return show(found);
    const outcome = await save({
      caseId,
      expectedRevision: startRevision,
      instructions: values.instructions.trim(),
      validUntil: values.validUntil,
      contacts: values.contacts.map((c) => ({
        agencyId: c.agencyId,
        name: c.name.trim(),
        phone: c.phone.trim(),
        role: c.role.trim() || null,
        available: c.available.trim() || null,
      })),
    });
    if (outcome.ok) return onSaved(outcome.revision);
    if (outcome.code === 'BAD_USER_INPUT' && outcome.field) show({ [outcome.field]: 'INVALID' });
    else if (outcome.code === 'CONFLICT') show({}, t('agreedApproach.form.conflict'));
    else show({}, errorMessage(outcome.code));
  }

  const listed = Object.entries(problems).map(([key, problem]) => ({
    key,
    message: describe(key, problem),
  }));

  return {
    values,
    fieldId,
    summaryId,
    failure,
    attempts,
    /** The worded problems in the order found, linked to their control. */
    summary: listed.map(({ key, message }) => ({
      fieldId: fieldId(key === 'contacts' ? 'add-contact' : key),
      message,
    })),
    errorOf: (key: string) => listed.find((p) => p.key === key)?.message ?? null,
    pending: loading,
    set: (field: 'instructions' | 'validUntil', value: string) =>
      setValues((v) => ({ ...v, [field]: value })),
    setContact: (index: number, field: ContactField, value: string) =>
      setValues((previous) => ({
        ...previous,
        contacts: previous.contacts.map((c, i) => (i === index ? { ...c, [field]: value } : c)),
      })),
    addContact: () => setValues((v) => ({ ...v, contacts: [...v.contacts, emptyContact()] })),
    removeContact: (index: number) =>
      setValues((v) => ({ ...v, contacts: v.contacts.filter((_, i) => i !== index) })),
    submit: (event: FormEvent<HTMLFormElement>) => void submit(event),
  };
}

export type AgreedApproachFormState = ReturnType<typeof useAgreedApproachForm>;
