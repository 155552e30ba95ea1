import { useQuery } from '@apollo/client/react';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { CaseAgreedApproachQuery } from '../../../gql/graphql';
import { AGENCIES_QUERY } from '../../cases/graphql/agenciesQuery';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { useSaveAgreedApproach } from '../hooks/useSaveAgreedApproach';
import {
  checkCard,
  CONTACTS_MAX,
  INSTRUCTIONS_MAX,
  type CardProblem,
  type CardProblems,
  type CardValues,
  type ContactValues,
} from '../utils/cardProblems';
import { localDate } from '../../forms/utils/localDate';
import './agreed-approach.css';

type Card = NonNullable<CaseAgreedApproachQuery['caseAgreedApproach']['card']>;

interface AgreedApproachFormProps {
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

/** Edits the whole card; on any failure the input stays, so nothing typed is lost. */
export function AgreedApproachForm({ caseId, card, onSaved }: AgreedApproachFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const { data: agencies } = useQuery(AGENCIES_QUERY);
  const { save, loading } = useSaveAgreedApproach();
  const [values, setValues] = useState<CardValues>(() => initialValues(card));
  const [problems, setProblems] = useState<CardProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  // The revision the edit started from: a newer one on the server makes the save a CONFLICT.
  const [startRevision] = useState<number | null>(card?.revision ?? null);

  const fieldId = (key: string) => `${id}-${key.replace(/\./g, '-')}`;
  const setContact = (index: number, field: keyof Omit<ContactValues, 'key'>, value: string) =>
    setValues((previous) => ({
      ...previous,
      contacts: previous.contacts.map((c, i) => (i === index ? { ...c, [field]: value } : c)),
    }));

  function messageFor(key: string, problem: CardProblem): string {
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
  }

  function show(found: CardProblems, message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAttempts((n) => n + 1);
    });
    summaryRef.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkCard(values, localDate());
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
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
    if (outcome.ok) {
      onSaved(outcome.revision);
      return;
    }
    if (outcome.code === 'BAD_USER_INPUT' && outcome.field) {
      show({ [outcome.field]: 'INVALID' });
    } else if (outcome.code === 'CONFLICT') {
      show({}, t('agreedApproach.form.conflict'));
    } else {
      show({}, errorMessage(outcome.code));
    }
  }

  const listed = Object.entries(problems).map(([key, problem]) => ({
    key,
    message: messageFor(key, problem),
  }));
  const errorOf = (key: string) => listed.find((p) => p.key === key)?.message ?? null;

  return (
    <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
      {(listed.length > 0 || failure) && (
        <div ref={summaryRef} tabIndex={-1}>
          <ErrorSummary
            key={attempts}
            title={t('agreedApproach.form.notSaved')}
            failure={failure}
            problems={listed.map(({ key, message }) => ({
              fieldId: fieldId(key === 'contacts' ? 'add-contact' : key),
              message,
            }))}
            onSelect={(target) => document.getElementById(target)?.focus()}
          />
        </div>
      )}

      <LabelledField
        id={fieldId('instructions')}
        label={t('agreedApproach.form.instructions')}
        description={t('agreedApproach.form.instructionsHint', { max: INSTRUCTIONS_MAX })}
        error={errorOf('instructions')}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={fieldId('instructions')}
            rows={6}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.instructions}
            onChange={(event) => setValues((v) => ({ ...v, instructions: event.target.value }))}
          />
        )}
      </LabelledField>

      <LabelledField
        id={fieldId('validUntil')}
        label={t('agreedApproach.form.validUntil')}
        error={errorOf('validUntil')}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={fieldId('validUntil')}
            type="date"
            min={localDate()}
            required
            invalid={invalid}
            aria-describedby={describedBy}
            value={values.validUntil}
            onChange={(event) => setValues((v) => ({ ...v, validUntil: event.target.value }))}
          />
        )}
      </LabelledField>

      <Fieldset>
        <FieldsetLegend>{t('agreedApproach.form.contacts')}</FieldsetLegend>
        <div className="schakel-flow">
          {values.contacts.map((contact, index) => {
            const number = index + 1;
            const key = (field: string) => `contacts.${index}.${field}`;
            return (
              <fieldset key={contact.key} className="schakel-aa-contact schakel-flow">
                <legend>{t('agreedApproach.form.contactLegend', { number })}</legend>
                <LabelledField
                  id={fieldId(key('agencyId'))}
                  label={t('agreedApproach.form.agency')}
                  error={errorOf(key('agencyId'))}
                >
                  {({ describedBy, invalid }) => (
                    <Select
                      id={fieldId(key('agencyId'))}
                      required
                      invalid={invalid}
                      aria-describedby={describedBy}
                      value={contact.agencyId}
                      onChange={(event) => setContact(index, 'agencyId', event.target.value)}
                    >
                      <SelectOption value="">{t('agreedApproach.form.chooseAgency')}</SelectOption>
                      {(agencies?.agencies ?? []).map((agency) => (
                        <SelectOption key={agency.id} value={agency.id}>
                          {agency.name}
                        </SelectOption>
                      ))}
                    </Select>
                  )}
                </LabelledField>
                {(
                  [
                    ['name', 'agreedApproach.form.name', undefined],
                    ['role', 'agreedApproach.form.role', undefined],
                    ['phone', 'agreedApproach.form.phone', 'agreedApproach.form.phoneHint'],
                    [
                      'available',
                      'agreedApproach.form.available',
                      'agreedApproach.form.availableHint',
                    ],
                  ] as const
                ).map(([field, label, hint]) => (
                  <LabelledField
                    key={field}
                    id={fieldId(key(field))}
                    label={t(label)}
                    description={hint && t(hint)}
                    error={errorOf(key(field))}
                  >
                    {({ describedBy, invalid }) => (
                      <Textbox
                        id={fieldId(key(field))}
                        type={field === 'phone' ? 'tel' : 'text'}
                        autoComplete="off"
                        required={field === 'name' || field === 'phone'}
                        invalid={invalid}
                        aria-describedby={describedBy}
                        value={contact[field]}
                        onChange={(event) => setContact(index, field, event.target.value)}
                      />
                    )}
                  </LabelledField>
                ))}
                {values.contacts.length > 1 && (
                  <Button
                    type="button"
                    appearance="secondary-action-button"
                    onClick={() =>
                      setValues((v) => ({
                        ...v,
                        contacts: v.contacts.filter((_, i) => i !== index),
                      }))
                    }
                  >
                    {t('agreedApproach.form.removeContact', { number })}
                  </Button>
                )}
              </fieldset>
            );
          })}
          {values.contacts.length < CONTACTS_MAX && (
            <div>
              <Button
                id={fieldId('add-contact')}
                type="button"
                appearance="secondary-action-button"
                onClick={() =>
                  setValues((v) => ({ ...v, contacts: [...v.contacts, emptyContact()] }))
                }
              >
                {t('agreedApproach.form.addContact')}
              </Button>
            </div>
          )}
        </div>
      </Fieldset>

      <div>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {t('agreedApproach.form.submit')}
        </Button>
      </div>
    </form>
  );
}
