import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate, formatShortDateTime } from '../../i18n/utils/formatDate';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import { useLookupAgreedApproach, type LookupResult } from '../hooks/useLookupAgreedApproach';
import { localDate } from '../../forms/utils/localDate';
import {
  checkLookup,
  firstLookupProblem,
  LOOKUP_FIELDS,
  lookupProblemsForApiError,
  PURPOSE_KINDS,
  PURPOSE_MAX,
  PURPOSE_MIN,
  type LookupField,
  type LookupProblems,
  type LookupValues,
  type SearchMode,
} from '../utils/lookupProblems';
import { AgreedApproachCardView } from './AgreedApproachCardView';
import './agreed-approach.css';

const EMPTY: LookupValues = {
  mode: 'BSN',
  bsn: '',
  familyName: '',
  givenNames: '',
  dateOfBirth: '',
  purposeKind: '',
  purpose: '',
};

/** The police lookup on a phone: one column, the purpose always asked, the card only. */
export function AgreedApproachLookup() {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  useDocumentTitle(t('agreedApproach.lookup.title'));
  const { lookup, loading } = useLookupAgreedApproach();
  const id = useId();
  const refs: Record<LookupField, React.RefObject<HTMLInputElement | HTMLSelectElement | null>> = {
    bsn: useRef<HTMLInputElement>(null),
    familyName: useRef<HTMLInputElement>(null),
    dateOfBirth: useRef<HTMLInputElement>(null),
    purposeKind: useRef<HTMLSelectElement>(null),
    purpose: useRef<HTMLInputElement>(null),
  };
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState<LookupValues>(EMPTY);
  const [problems, setProblems] = useState<LookupProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [result, setResult] = useState<LookupResult | null>(null);

  const fieldId = (field: LookupField) => `${id}-${field}`;
  const set = (field: keyof LookupValues) => (value: string) =>
    setValues((previous) => ({ ...previous, [field]: value }));

  function messageFor(field: LookupField, problem: LookupProblems[LookupField]): string {
    switch (field) {
      case 'bsn':
        return t(
          problem === 'REQUIRED'
            ? 'agreedApproach.lookup.bsnRequired'
            : 'agreedApproach.lookup.bsnInvalid',
        );
      case 'familyName':
        return t('agreedApproach.lookup.familyNameRequired');
      case 'dateOfBirth':
        return t(
          problem === 'REQUIRED'
            ? 'agreedApproach.lookup.dateOfBirthRequired'
            : 'agreedApproach.lookup.dateOfBirthInvalid',
        );
      case 'purposeKind':
        return t('agreedApproach.lookup.purposeKindRequired');
      case 'purpose':
        return problem === 'REQUIRED'
          ? t('agreedApproach.lookup.purposeRequired')
          : problem === 'TOO_LONG'
            ? t('agreedApproach.lookup.purposeTooLong', { max: PURPOSE_MAX })
            : t('agreedApproach.lookup.purposeTooShort', { min: PURPOSE_MIN });
    }
  }

  function showProblems(found: LookupProblems, message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAttempts((count) => count + 1);
      setResult(null);
    });
    const first = firstLookupProblem(found);
    if (first) refs[first].current?.focus();
    else document.getElementById(`${id}-summary`)?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkLookup(values, localDate());
    if (firstLookupProblem(found)) {
      showProblems(found);
      return;
    }
    setProblems({});
    setFailure(null);
    const search =
      values.mode === 'BSN'
        ? { bsn: values.bsn.replace(/[\s.-]/g, '') }
        : {
            familyName: values.familyName.trim(),
            dateOfBirth: values.dateOfBirth,
            ...(values.givenNames.trim() ? { givenNames: values.givenNames.trim() } : {}),
          };
    // The form keeps its input, so the officer can correct a typo and search again.
    const outcome = await lookup({
      ...search,
      purposeKind: values.purposeKind || null,
      purpose: values.purpose.trim(),
    });
    if (!outcome.ok) {
      const fieldProblems = lookupProblemsForApiError(outcome.code, outcome.field);
      if (fieldProblems) showProblems(fieldProblems);
      else showProblems({}, errorMessage(outcome.code));
      return;
    }
    flushSync(() => setResult(outcome.result));
    resultHeading.current?.focus();
  }

  const invalid = LOOKUP_FIELDS.flatMap((field) => {
    const problem = problems[field];
    return problem ? [{ field, message: messageFor(field, problem) }] : [];
  });
  const errorOf = (field: LookupField) =>
    invalid.find((entry) => entry.field === field)?.message ?? null;
  const cards = result?.cards ?? [];

  return (
    <div className="schakel-flow schakel-lookup">
      <Heading level={1}>{t('agreedApproach.lookup.title')}</Heading>
      <Paragraph>{t('agreedApproach.lookup.intro')}</Paragraph>

      <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
        {(invalid.length > 0 || failure) && (
          <div id={`${id}-summary`} tabIndex={-1}>
            <ErrorSummary
              key={attempts}
              title={t('agreedApproach.lookup.notSearched')}
              failure={failure}
              problems={invalid.map(({ field, message }) => ({ fieldId: fieldId(field), message }))}
              onSelect={(target) => {
                const field = LOOKUP_FIELDS.find((name) => fieldId(name) === target);
                if (field) refs[field].current?.focus();
              }}
            />
          </div>
        )}

        <Fieldset>
          <FieldsetLegend>{t('agreedApproach.lookup.searchBy')}</FieldsetLegend>
          <div className="schakel-lookup__modes">
            {(['BSN', 'NAME_DOB'] as const satisfies readonly SearchMode[]).map((mode) => (
              <div key={mode} className="schakel-lookup__mode">
                <RadioButton
                  id={`${id}-mode-${mode}`}
                  name="mode"
                  value={mode}
                  checked={values.mode === mode}
                  onChange={() => {
                    setValues((previous) => ({ ...previous, mode }));
                    setProblems({});
                  }}
                />
                <FormLabel htmlFor={`${id}-mode-${mode}`} type="radio">
                  {t(
                    mode === 'BSN' ? 'agreedApproach.lookup.byBsn' : 'agreedApproach.lookup.byName',
                  )}
                </FormLabel>
              </div>
            ))}
          </div>
        </Fieldset>

        {values.mode === 'BSN' ? (
          <LabelledField
            id={fieldId('bsn')}
            label={t('agreedApproach.lookup.bsn')}
            description={t('agreedApproach.lookup.bsnHint')}
            error={errorOf('bsn')}
          >
            {({ describedBy, invalid: isInvalid }) => (
              <Textbox
                ref={refs.bsn as React.RefObject<HTMLInputElement>}
                id={fieldId('bsn')}
                name="bsn"
                inputMode="numeric"
                autoComplete="off"
                maxLength={11}
                required
                invalid={isInvalid}
                aria-describedby={describedBy}
                value={values.bsn}
                onChange={(event) => set('bsn')(event.target.value)}
              />
            )}
          </LabelledField>
        ) : (
          <>
            <LabelledField
              id={fieldId('familyName')}
              label={t('agreedApproach.lookup.familyName')}
              error={errorOf('familyName')}
            >
              {({ describedBy, invalid: isInvalid }) => (
                <Textbox
                  ref={refs.familyName as React.RefObject<HTMLInputElement>}
                  id={fieldId('familyName')}
                  name="familyName"
                  autoComplete="off"
                  spellCheck={false}
                  required
                  invalid={isInvalid}
                  aria-describedby={describedBy}
                  value={values.familyName}
                  onChange={(event) => set('familyName')(event.target.value)}
                />
              )}
            </LabelledField>
            <LabelledField id={`${id}-givenNames`} label={t('agreedApproach.lookup.givenNames')}>
              {({ describedBy }) => (
                <Textbox
                  id={`${id}-givenNames`}
                  name="givenNames"
                  autoComplete="off"
                  spellCheck={false}
                  aria-describedby={describedBy}
                  value={values.givenNames}
                  onChange={(event) => set('givenNames')(event.target.value)}
                />
              )}
            </LabelledField>
            <LabelledField
              id={fieldId('dateOfBirth')}
              label={t('agreedApproach.lookup.dateOfBirth')}
              error={errorOf('dateOfBirth')}
            >
              {({ describedBy, invalid: isInvalid }) => (
                <Textbox
                  ref={refs.dateOfBirth as React.RefObject<HTMLInputElement>}
                  id={fieldId('dateOfBirth')}
                  name="dateOfBirth"
                  type="date"
                  inputMode="numeric"
                  autoComplete="off"
                  max={localDate()}
                  required
                  invalid={isInvalid}
                  aria-describedby={describedBy}
                  value={values.dateOfBirth}
                  onChange={(event) => set('dateOfBirth')(event.target.value)}
                />
              )}
            </LabelledField>
          </>
        )}

        <LabelledField
          id={fieldId('purposeKind')}
          label={t('agreedApproach.lookup.purposeKind')}
          error={errorOf('purposeKind')}
        >
          {({ describedBy, invalid: isInvalid }) => (
            <Select
              ref={refs.purposeKind as React.RefObject<HTMLSelectElement>}
              id={fieldId('purposeKind')}
              name="purposeKind"
              required
              invalid={isInvalid}
              aria-describedby={describedBy}
              value={values.purposeKind}
              onChange={(event) => set('purposeKind')(event.target.value)}
            >
              <SelectOption value="">{t('agreedApproach.lookup.choosePurpose')}</SelectOption>
              {PURPOSE_KINDS.map((kind) => (
                <SelectOption key={kind} value={kind}>
                  {t(`agreedApproach.purpose.${kind}`)}
                </SelectOption>
              ))}
            </Select>
          )}
        </LabelledField>

        <LabelledField
          id={fieldId('purpose')}
          label={t('agreedApproach.lookup.purpose')}
          description={t('agreedApproach.lookup.purposeHint', { min: PURPOSE_MIN })}
          error={errorOf('purpose')}
        >
          {({ describedBy, invalid: isInvalid }) => (
            <Textbox
              ref={refs.purpose as React.RefObject<HTMLInputElement>}
              id={fieldId('purpose')}
              name="purpose"
              autoComplete="off"
              required
              invalid={isInvalid}
              aria-describedby={describedBy}
              value={values.purpose}
              onChange={(event) => set('purpose')(event.target.value)}
            />
          )}
        </LabelledField>

        <div className="schakel-lookup__submit">
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            {t('agreedApproach.lookup.submit')}
          </Button>
        </div>
      </form>

      {/* Always present, so a new result is announced politely when it appears. */}
      <div aria-live="polite" className="schakel-flow">
        {result && (
          <section className="schakel-flow schakel-lookup__result" aria-labelledby={`${id}-result`}>
            <Heading level={2} id={`${id}-result`} ref={resultHeading} tabIndex={-1}>
              {t('agreedApproach.lookup.resultHeading')}
            </Heading>
            {cards.length === 0 ? (
              <>
                <Paragraph>
                  <strong>{t('agreedApproach.lookup.notFound')}</strong>
                </Paragraph>
                <Paragraph>{t('agreedApproach.lookup.notFoundHint')}</Paragraph>
              </>
            ) : (
              <>
                <Paragraph>{t('agreedApproach.lookup.found', { count: cards.length })}</Paragraph>
                {cards.length > 1 && <Paragraph>{t('agreedApproach.lookup.several')}</Paragraph>}
                {cards.map((card, index) => (
                  <article key={index} className="schakel-flow">
                    <Heading level={3} className="schakel-lookup__person">
                      {t('agreedApproach.card.person', {
                        name: `${card.person.givenNames} ${card.person.familyName}`,
                        date: formatDate(card.person.dateOfBirth, locale),
                      })}
                    </Heading>
                    <AgreedApproachCardView
                      validity={card.validity}
                      validUntil={card.validUntil}
                      instructions={card.instructions ?? null}
                      contacts={card.contacts}
                      headingLevel={4}
                    />
                  </article>
                ))}
              </>
            )}
            <Paragraph>
              <small>
                {t('agreedApproach.lookup.logged', {
                  time: formatShortDateTime(result.lookedUpAt, locale),
                })}
              </small>
            </Paragraph>
          </section>
        )}
      </div>
    </div>
  );
}
