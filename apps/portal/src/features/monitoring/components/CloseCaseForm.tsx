import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Button,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { CaseStatus, CloseOutcome } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { CASE_AGREED_APPROACH_QUERY } from '../../agreed-approach/graphql/caseAgreedApproachQuery';
import { CASE_QUERY } from '../../cases/graphql/caseQuery';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { CASE_PLAN_QUERY } from '../../plans/graphql/casePlanQuery';
import { CASE_CLOSURE_QUERY } from '../graphql/caseClosureQuery';
import { CASE_TIMELINE_QUERY } from '../graphql/caseTimelineQuery';
import { CLOSE_CASE_MUTATION } from '../graphql/closeCaseMutation';
import {
  CLOSE_CASE_FIELDS,
  CLOSE_OUTCOMES,
  checkCloseCase,
  firstProblemField,
  problemsForApiError,
  REASON_MAX,
  REASON_MIN,
  type CloseCaseField,
  type CloseCaseProblem,
  type CloseCaseProblems,
  type CloseCaseValues,
} from '../utils/closeCaseProblems';
import './monitoring.css';

interface CloseCaseFormProps {
  caseId: string;
  /** The status the user sees; the API refuses with CONFLICT when it changed meanwhile. */
  status: CaseStatus;
  /** The region's grace period in days, when known. */
  graceDays: number | null;
  onClosed: () => void;
}

export function CloseCaseForm({ caseId, status, graceDays, onClosed }: CloseCaseFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const refs = {
    outcome: useRef<HTMLSelectElement>(null),
    reason: useRef<HTMLTextAreaElement>(null),
  };
  const summaryRef = useRef<HTMLDivElement>(null);
  const [values, setValues] = useState<CloseCaseValues>({ outcome: '', reason: '' });
  const [problems, setProblems] = useState<CloseCaseProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const client = useApolloClient();
  const [close, { loading }] = useMutation(CLOSE_CASE_MUTATION);

  const fieldId = (field: CloseCaseField) => `${id}-${field}`;

  function messageFor(field: CloseCaseField, problem: CloseCaseProblem): string {
    if (field === 'outcome') return t('closing.outcomeRequired');
    switch (problem) {
      case 'REQUIRED':
        return t('closing.reasonRequired');
      case 'TOO_LONG':
        return t('closing.reasonTooLong', { max: REASON_MAX });
      default:
        return t('closing.reasonTooShort', { min: REASON_MIN });
    }
  }

  /** Shows what is wrong and moves focus to the first field in trouble, or to the summary. */
  function showProblems(found: CloseCaseProblems, message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAttempts((count) => count + 1);
    });
    const first = firstProblemField(found);
    if (first) refs[first].current?.focus();
    else summaryRef.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = checkCloseCase(values);
    if (firstProblemField(found)) {
      showProblems(found);
      return;
    }
    setProblems({});
    setFailure(null);
    try {
      await close({
        variables: {
          input: {
            caseId,
            outcome: values.outcome as CloseOutcome,
            reason: values.reason.trim(),
            expectedStatus: status,
          },
        },
      });
    } catch (error) {
      // What was typed stays, so the user only corrects what is wrong.
      const code = errorCodeOf(error);
      const fieldProblems = problemsForApiError(code, errorFieldOf(error));
      if (fieldProblems) showProblems(fieldProblems);
      else showProblems({}, errorMessage(code));
      return;
    }
    // The case is closed; a failed refresh only leaves part of the page stale until the next one.
    // Read-only now: the plan and the card lose their edit controls as well.
    await client
      .refetchQueries({
        include: [
          CASE_QUERY,
          CASE_CLOSURE_QUERY,
          CASE_TIMELINE_QUERY,
          CASE_PLAN_QUERY,
          CASE_AGREED_APPROACH_QUERY,
        ],
      })
      .catch(() => undefined);
    onClosed();
  }

  const invalid = CLOSE_CASE_FIELDS.flatMap((field) => {
    const problem = problems[field];
    return problem ? [{ field, message: messageFor(field, problem) }] : [];
  });
  const errorOf = (field: CloseCaseField) =>
    invalid.find((entry) => entry.field === field)?.message ?? null;

  return (
    <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <div ref={summaryRef} tabIndex={-1}>
        {(invalid.length > 0 || failure) && (
          <ErrorSummary
            key={attempts}
            title={t('closing.notClosed')}
            failure={failure}
            problems={invalid.map(({ field, message }) => ({ fieldId: fieldId(field), message }))}
            onSelect={(target) => {
              const field = CLOSE_CASE_FIELDS.find((name) => fieldId(name) === target);
              if (field) refs[field].current?.focus();
            }}
          />
        )}
      </div>
      <Paragraph>
        {graceDays === null
          ? t('closing.intro')
          : `${t('closing.intro')} ${
              graceDays === 0 ? t('closing.graceNone') : t('closing.grace', { days: graceDays })
            }`}
      </Paragraph>
      <LabelledField
        id={fieldId('outcome')}
        label={t('closing.outcome')}
        error={errorOf('outcome')}
      >
        {({ describedBy, invalid: isInvalid }) => (
          <Select
            ref={refs.outcome}
            id={fieldId('outcome')}
            name="outcome"
            required
            invalid={isInvalid}
            aria-describedby={describedBy}
            value={values.outcome}
            onChange={(event) => setValues((v) => ({ ...v, outcome: event.target.value }))}
          >
            <SelectOption value="">{t('closing.outcome')}…</SelectOption>
            {CLOSE_OUTCOMES.map((outcome) => (
              <SelectOption key={outcome} value={outcome}>
                {t(`closing.outcome.${outcome}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <LabelledField
        id={fieldId('reason')}
        label={t('closing.reason')}
        description={t('closing.reasonHint', { min: REASON_MIN })}
        error={errorOf('reason')}
      >
        {({ describedBy, invalid: isInvalid }) => (
          <Textarea
            ref={refs.reason}
            id={fieldId('reason')}
            name="reason"
            rows={4}
            required
            invalid={isInvalid}
            aria-describedby={describedBy}
            value={values.reason}
            onChange={(event) => setValues((v) => ({ ...v, reason: event.target.value }))}
          />
        )}
      </LabelledField>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {t('closing.submit')}
        </Button>
      </div>
    </form>
  );
}
