import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { Link as RouterLink } from 'react-router-dom';
import type { CaseTheme, InformationCategory } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { AGENCIES_QUERY } from '../../cases/graphql/agenciesQuery';
import { CASE_THEMES } from '../../cases/utils/caseEnums';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useMe } from '../../auth/hooks/useMe';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import {
  CREATE_REFERRAL_MUTATION,
  REFERRAL_PERSON_LOOKUP_QUERY,
  REFERRAL_REASON_CATEGORIES_QUERY,
} from '../graphql/referralDocuments';
import {
  checkReferral,
  checkSearch,
  EMPTY_REFERRAL,
  fieldOfApi,
  firstProblemField,
  REFERRAL_FIELDS,
  type ReferralField,
  type ReferralProblems,
  type ReferralValues,
} from '../utils/referralValidation';
import './referrals.css';

type Chosen = { kind: 'existing'; id: string; name: string } | { kind: 'new' } | null;

const LABELS: Record<ReferralField, MessageKey> = {
  bsn: 'referral.bsn',
  givenNames: 'referral.givenNames',
  familyName: 'referral.familyName',
  dateOfBirth: 'referral.dateOfBirth',
  postcode: 'referral.postcode',
  theme: 'referral.theme',
  reason: 'referral.reason',
  goal: 'referral.goal',
  reasonCategories: 'referral.reasonCategories',
  personInformed: 'referral.personInformed',
  notInformedReason: 'referral.notInformedReason',
  proposedAgencyIds: 'referral.partners',
};

/** Aanmelding: find the person first (never a silent duplicate), then the referral itself. */
export function ReferralForm() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const me = useMe();
  const id = useId();
  const fieldId = (field: ReferralField) => `${id}-${field}`;
  const focus = (field: ReferralField) => document.getElementById(fieldId(field))?.focus();

  const [values, setValues] = useState<ReferralValues>(EMPTY_REFERRAL);
  const [chosen, setChosen] = useState<Chosen>(null);
  const [problems, setProblems] = useState<ReferralProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [sent, setSent] = useState<{ caseId: string; reference: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const agencies = useQuery(AGENCIES_QUERY);
  const writable = useQuery(REFERRAL_REASON_CATEGORIES_QUERY);
  const [lookup, found] = useLazyQuery(REFERRAL_PERSON_LOOKUP_QUERY, {
    fetchPolicy: 'network-only',
  });
  const [createReferral, created] = useMutation(CREATE_REFERRAL_MUTATION);

  const set = (field: keyof ReferralValues) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  function messageFor(field: ReferralField): string | null {
    const problem = problems[field];
    if (!problem) return null;
    if (field === 'personInformed') return t('referral.chooseInformed');
    if (field === 'reasonCategories') {
      return t(
        problem === 'REQUIRED'
          ? 'referral.reasonCategoriesRequired'
          : 'referral.reasonCategoriesRefused',
      );
    }
    return t(`referral.problem.${problem}`, { field: t(LABELS[field]).toLowerCase() });
  }

  function show(found: ReferralProblems, message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAttempts((count) => count + 1);
    });
    const first = firstProblemField(found);
    if (first) focus(first);
    else document.getElementById(`${id}-summary`)?.focus();
  }

  async function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const searchProblems = checkSearch(values);
    if (firstProblemField(searchProblems)) return show(searchProblems);
    setProblems({});
    setFailure(null);
    const byBsn = values.bsn.trim() !== '';
    const { error } = await lookup({
      variables: {
        input: byBsn
          ? { bsn: values.bsn.trim() }
          : {
              familyName: values.familyName.trim(),
              givenNames: values.givenNames.trim() || null,
              dateOfBirth: values.dateOfBirth.trim(),
            },
      },
    });
    if (error) {
      const field = fieldOfApi(errorFieldOf(error));
      show(field ? { [field]: 'INVALID' } : {}, field ? null : errorMessage(errorCodeOf(error)));
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (created.loading) return;
    const isNew = chosen?.kind === 'new';
    const found = checkReferral(values, isNew);
    if (firstProblemField(found)) return show(found);
    setProblems({});
    setFailure(null);
    const optional = (value: string) => value.trim() || null;
    try {
      const { data } = await createReferral({
        variables: {
          input: {
            ...(chosen?.kind === 'existing'
              ? { personId: chosen.id }
              : {
                  person: {
                    bsn: optional(values.bsn),
                    givenNames: values.givenNames.trim(),
                    familyName: values.familyName.trim(),
                    dateOfBirth: values.dateOfBirth.trim(),
                    street: optional(values.street),
                    houseNumber: optional(values.houseNumber),
                    postcode: optional(values.postcode),
                    city: optional(values.city),
                    wijk: optional(values.wijk),
                  },
                }),
            theme: values.theme as CaseTheme,
            reason: values.reason.trim(),
            goal: values.goal.trim(),
            reasonCategories: values.reasonCategories as InformationCategory[],
            proposedAgencyIds: values.proposedAgencyIds,
            personInformed: values.personInformed === 'yes',
            notInformedReason:
              values.personInformed === 'no' ? values.notInformedReason.trim() : null,
          },
        },
      });
      if (!data) return show({}, errorMessage('INTERNAL'));
      flushSync(() => setSent(data.createReferral));
      resultRef.current?.focus();
    } catch (error) {
      // Everything typed stays: only what is wrong needs correcting.
      const code = errorCodeOf(error);
      const field = fieldOfApi(errorFieldOf(error));
      // A category the agency may not write is refused as FORBIDDEN on that field.
      if ((code === 'BAD_USER_INPUT' || field === 'reasonCategories') && field) {
        show({ [field]: 'INVALID' });
      } else show({}, errorMessage(code));
    }
  }

  const categoryChoices = writable.data?.referralReasonCategories ?? [];

  const invalid = REFERRAL_FIELDS.flatMap((field) => {
    const message = messageFor(field);
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });
  const summary = (title: string) =>
    (invalid.length > 0 || failure) && (
      <div id={`${id}-summary`} tabIndex={-1}>
        <ErrorSummary
          key={attempts}
          title={title}
          failure={failure}
          problems={invalid}
          onSelect={(target) => document.getElementById(target)?.focus()}
        />
      </div>
    );

  const text = (
    field: 'bsn' | 'givenNames' | 'familyName' | 'dateOfBirth' | 'postcode',
    hint?: MessageKey,
    autoComplete?: string,
  ) => (
    <LabelledField
      id={fieldId(field)}
      label={t(LABELS[field])}
      description={hint ? t(hint) : undefined}
      error={messageFor(field)}
    >
      {({ describedBy, invalid: isInvalid }) => (
        <Textbox
          id={fieldId(field)}
          name={field}
          invalid={isInvalid}
          aria-describedby={describedBy}
          autoComplete={autoComplete ?? 'off'}
          inputMode={field === 'bsn' ? 'numeric' : undefined}
          value={values[field]}
          onChange={(event) => set(field)(event.target.value)}
        />
      )}
    </LabelledField>
  );
  const plain = (field: 'street' | 'houseNumber' | 'city' | 'wijk') => (
    <FormField
      label={<FormLabel htmlFor={`${id}-${field}`}>{t(`referral.${field}`)}</FormLabel>}
      input={
        <Textbox
          id={`${id}-${field}`}
          name={field}
          value={values[field]}
          onChange={(event) => set(field)(event.target.value)}
        />
      }
    />
  );

  if (sent) {
    return (
      <div ref={resultRef} tabIndex={-1} className="schakel-flow" role="status">
        <Alert type="ok" role="none">
          <Heading level={2}>{t('referral.sentTitle')}</Heading>
          <Paragraph>{t('referral.sent', { reference: sent.reference })}</Paragraph>
          <Paragraph>{t('referral.next')}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink className="utrecht-link" to={`/dossiers/${sent.caseId}`}>
            {t('referral.toCase', { reference: sent.reference })}
          </RouterLink>
        </Paragraph>
        <Button
          appearance="secondary-action-button"
          onClick={() => {
            setSent(null);
            setChosen(null);
            setValues(EMPTY_REFERRAL);
          }}
        >
          {t('referral.another')}
        </Button>
      </div>
    );
  }

  if (chosen === null) {
    const results = found.data?.referralPersonLookup ?? null;
    return (
      <form noValidate className="schakel-flow" onSubmit={(event) => void handleSearch(event)}>
        <Heading level={2}>{t('referral.step1')}</Heading>
        <Paragraph>{t('referral.searchHint')}</Paragraph>
        {summary(t('referral.notSearched'))}
        {text('bsn', 'referral.bsnHint')}
        {text('familyName', 'referral.familyNameHint')}
        {text('givenNames')}
        {text('dateOfBirth', 'referral.dateOfBirthHint')}
        <div>
          <Button type="submit" appearance="primary-action-button" busy={found.loading}>
            {t('referral.search')}
          </Button>
        </div>
        <div aria-live="polite" className="schakel-flow">
          {results && (
            <>
              <Paragraph>
                {results.length > 0
                  ? t('referral.results', { count: results.length })
                  : t('referral.noResults')}
              </Paragraph>
              {results.length > 0 && (
                <ul className="schakel-referral__results">
                  {results.map(({ person, caseIds }) => {
                    const name =
                      `${person.givenNames.value ?? ''} ${person.familyName.value ?? ''}`.trim();
                    return (
                      <li key={person.id}>
                        <Paragraph>
                          {name} —{' '}
                          {t('referral.personCases', {
                            date: person.dateOfBirth.value ?? '',
                            count: caseIds.length,
                          })}
                        </Paragraph>
                        <Button
                          appearance="secondary-action-button"
                          onClick={() => setChosen({ kind: 'existing', id: person.id, name })}
                        >
                          {t('referral.pick', { name })}
                        </Button>
                      </li>
                    );
                  })}
                </ul>
              )}
              <div>
                <Button
                  appearance="secondary-action-button"
                  onClick={() => setChosen({ kind: 'new' })}
                >
                  {t('referral.newPerson')}
                </Button>
              </div>
            </>
          )}
        </div>
      </form>
    );
  }

  // A volunteer organisation is never proposed: it joins only after the person's recorded consent
  // for it, which can be recorded once the case exists (after triage).
  const partnerChoices = (agencies.data?.agencies ?? []).filter(
    (agency) => agency.type !== 'ZVH' && agency.type !== 'VOLUNTEER' && agency.id !== me.agency.id,
  );
  const hasVolunteers = (agencies.data?.agencies ?? []).some((a) => a.type === 'VOLUNTEER');
  return (
    <form noValidate className="schakel-flow" onSubmit={(event) => void handleSubmit(event)}>
      <Heading level={2}>{t('referral.step2')}</Heading>
      {summary(t('referral.notSent'))}
      {chosen.kind === 'existing' ? (
        <Paragraph>{t('referral.chosenPerson', { name: chosen.name })}</Paragraph>
      ) : (
        <Fieldset>
          <FieldsetLegend>{t('referral.newPersonHeading')}</FieldsetLegend>
          {text('givenNames', undefined, 'off')}
          {text('familyName', 'referral.familyNameHint')}
          {text('dateOfBirth', 'referral.dateOfBirthHint')}
          {text('bsn', 'referral.bsnHint')}
          {plain('street')}
          {plain('houseNumber')}
          {text('postcode')}
          {plain('city')}
          {plain('wijk')}
        </Fieldset>
      )}
      <div>
        <Button appearance="subtle-button" onClick={() => setChosen(null)}>
          {t('referral.otherPerson')}
        </Button>
      </div>

      <LabelledField id={fieldId('theme')} label={t('referral.theme')} error={messageFor('theme')}>
        {({ describedBy, invalid: isInvalid }) => (
          <Select
            id={fieldId('theme')}
            name="theme"
            invalid={isInvalid}
            aria-describedby={describedBy}
            value={values.theme}
            onChange={(event) => set('theme')(event.target.value)}
          >
            <SelectOption value="">{t('referral.chooseTheme')}</SelectOption>
            {CASE_THEMES.map((theme) => (
              <SelectOption key={theme} value={theme}>
                {t(`caseTheme.${theme}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      {(['reason', 'goal'] as const).map((field) => (
        <LabelledField
          key={field}
          id={fieldId(field)}
          label={t(LABELS[field])}
          description={t(`referral.${field}Hint`)}
          error={messageFor(field)}
        >
          {({ describedBy, invalid: isInvalid }) => (
            <Textarea
              id={fieldId(field)}
              name={field}
              rows={4}
              invalid={isInvalid}
              aria-describedby={describedBy}
              value={values[field]}
              onChange={(event) => set(field)(event.target.value)}
            />
          )}
        </LabelledField>
      ))}

      <Fieldset
        invalid={Boolean(problems.reasonCategories)}
        aria-describedby={`${id}-categories-hint${problems.reasonCategories ? ` ${id}-categories-error` : ''}`}
      >
        <FieldsetLegend>{t('referral.reasonCategories')}</FieldsetLegend>
        <Paragraph id={`${id}-categories-hint`}>{t('referral.reasonCategoriesHint')}</Paragraph>
        {messageFor('reasonCategories') && (
          <Paragraph id={`${id}-categories-error`} className="schakel-referral__error">
            {messageFor('reasonCategories')}
          </Paragraph>
        )}
        {writable.loading && <Paragraph>{t('referral.reasonCategoriesLoading')}</Paragraph>}
        {categoryChoices.map((category, index) => {
          // The first box carries the field's id, so the error summary can focus it.
          const boxId = index === 0 ? fieldId('reasonCategories') : `${id}-category-${category}`;
          return (
            <div key={category} className="schakel-referral__choice">
              <Checkbox
                id={boxId}
                checked={values.reasonCategories.includes(category)}
                onChange={(event) =>
                  setValues((previous) => ({
                    ...previous,
                    reasonCategories: event.target.checked
                      ? [...previous.reasonCategories, category]
                      : previous.reasonCategories.filter((other) => other !== category),
                  }))
                }
              />
              <FormLabel htmlFor={boxId} type="checkbox">
                {t(`category.${category}`)}
              </FormLabel>
            </div>
          );
        })}
      </Fieldset>

      <Fieldset
        id={fieldId('proposedAgencyIds')}
        tabIndex={-1}
        invalid={Boolean(problems.proposedAgencyIds)}
      >
        <FieldsetLegend>{t('referral.partners')}</FieldsetLegend>
        <Paragraph>{t('referral.partnersHint')}</Paragraph>
        {hasVolunteers && <Paragraph>{t('referral.volunteerConsentHint')}</Paragraph>}
        {messageFor('proposedAgencyIds') && (
          <Paragraph>{messageFor('proposedAgencyIds')}</Paragraph>
        )}
        {partnerChoices.map((agency) => (
          <div key={agency.id} className="schakel-referral__choice">
            <Checkbox
              id={`${id}-agency-${agency.id}`}
              checked={values.proposedAgencyIds.includes(agency.id)}
              onChange={(event) =>
                setValues((previous) => ({
                  ...previous,
                  proposedAgencyIds: event.target.checked
                    ? [...previous.proposedAgencyIds, agency.id]
                    : previous.proposedAgencyIds.filter((other) => other !== agency.id),
                }))
              }
            />
            <FormLabel htmlFor={`${id}-agency-${agency.id}`} type="checkbox">
              {agency.name}
            </FormLabel>
          </div>
        ))}
      </Fieldset>

      <Fieldset
        invalid={Boolean(problems.personInformed)}
        aria-describedby={problems.personInformed ? `${id}-informed-error` : undefined}
      >
        <FieldsetLegend>{t('referral.personInformed')}</FieldsetLegend>
        {messageFor('personInformed') && (
          <Paragraph id={`${id}-informed-error`} className="schakel-referral__error">
            {messageFor('personInformed')}
          </Paragraph>
        )}
        {(['yes', 'no'] as const).map((answer, index) => (
          <div key={answer} className="schakel-referral__choice">
            <RadioButton
              id={index === 0 ? fieldId('personInformed') : `${id}-informed-${answer}`}
              name="personInformed"
              value={answer}
              checked={values.personInformed === answer}
              onChange={() => set('personInformed')(answer)}
            />
            <FormLabel
              htmlFor={index === 0 ? fieldId('personInformed') : `${id}-informed-${answer}`}
              type="radio"
            >
              {t(`referral.${answer}`)}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
      {values.personInformed === 'no' && (
        <LabelledField
          id={fieldId('notInformedReason')}
          label={t('referral.notInformedReason')}
          description={t('referral.notInformedReasonHint')}
          error={messageFor('notInformedReason')}
        >
          {({ describedBy, invalid: isInvalid }) => (
            <Textarea
              id={fieldId('notInformedReason')}
              name="notInformedReason"
              rows={3}
              invalid={isInvalid}
              aria-describedby={describedBy}
              value={values.notInformedReason}
              onChange={(event) => set('notInformedReason')(event.target.value)}
            />
          )}
        </LabelledField>
      )}
      <div>
        <Button type="submit" appearance="primary-action-button" busy={created.loading}>
          {t('referral.submit')}
        </Button>
      </div>
    </form>
  );
}
