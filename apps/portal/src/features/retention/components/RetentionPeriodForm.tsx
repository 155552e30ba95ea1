import { useMutation } from '@apollo/client/react';
import { Button, Heading, Textarea, Textbox } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { RetentionQuery } from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { ErrorSummary, type ErrorSummaryProblem } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { RETENTION_QUERY, UPDATE_RETENTION_PERIOD_MUTATION } from '../graphql/retentionQueries';
import { MAX_RETENTION_MONTHS, MIN_RETENTION_MONTHS, parseMonths } from '../utils/retentionInput';
import './retention.css';

type Period = RetentionQuery['retentionPeriods'][number];

interface RetentionPeriodFormProps {
  period: Period;
  onSaved: (message: string) => void;
  onCancel: () => void;
}

/** Changes one category's period; keeps the input on any error. */
export function RetentionPeriodForm({ period, onSaved, onCancel }: RetentionPeriodFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const monthsId = useId();
  const sourceId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const monthsRef = useRef<HTMLInputElement>(null);
  const sourceRef = useRef<HTMLTextAreaElement>(null);
  const [months, setMonths] = useState(String(period.months));
  const [source, setSource] = useState('');
  const [problems, setProblems] = useState<{ months?: string; source?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(UPDATE_RETENTION_PERIOD_MUTATION, {
    refetchQueries: [RETENTION_QUERY],
  });
  const category = t(`category.${period.category}`);

  // Opening the form moves focus into it, so keyboard users land where they work next.
  useEffect(() => headingRef.current?.focus(), []);

  function showErrors(next: typeof problems, nextFailure: string | null) {
    flushSync(() => {
      setProblems(next);
      setFailure(nextFailure);
    });
    summaryRef.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const parsed = parseMonths(months);
    const next: typeof problems = {};
    if (parsed === null) {
      next.months = t('retention.form.monthsInvalid', {
        min: MIN_RETENTION_MONTHS,
        max: MAX_RETENTION_MONTHS,
      });
    }
    if (source.trim().length < 3) next.source = t('retention.form.sourceInvalid');
    if (parsed === null || next.source) return showErrors(next, null);
    try {
      const result = await save({
        variables: {
          input: {
            category: period.category,
            months: parsed,
            source: source.trim(),
            revision: period.revision,
          },
        },
      });
      const saved = result.data?.updateRetentionPeriod.months ?? parsed;
      onSaved(t('retention.form.saved', { category, months: saved }));
    } catch (error) {
      const code = errorCodeOf(error);
      showErrors({}, code === 'CONFLICT' ? t('retention.form.conflict') : errorMessage(code));
    }
  }

  const list: ErrorSummaryProblem[] = [
    ...(problems.months ? [{ fieldId: monthsId, message: problems.months }] : []),
    ...(problems.source ? [{ fieldId: sourceId, message: problems.source }] : []),
  ];

  return (
    <section aria-labelledby={headingId} className="schakel-flow schakel-retention__form">
      <Heading level={3} id={headingId} ref={headingRef} tabIndex={-1}>
        {t('retention.form.heading', { category })}
      </Heading>
      <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div ref={summaryRef} tabIndex={-1}>
          {(list.length > 0 || failure) && (
            <ErrorSummary
              title={t('retention.form.notSaved')}
              failure={failure}
              problems={list}
              onSelect={(id) => (id === monthsId ? monthsRef : sourceRef).current?.focus()}
            />
          )}
        </div>
        <LabelledField
          id={monthsId}
          label={t('retention.form.months')}
          description={t('retention.form.monthsHint', {
            min: MIN_RETENTION_MONTHS,
            max: MAX_RETENTION_MONTHS,
          })}
          error={problems.months ?? null}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              ref={monthsRef}
              id={monthsId}
              name="months"
              inputMode="numeric"
              size={4}
              invalid={invalid}
              aria-describedby={describedBy}
              value={months}
              onChange={(event) => setMonths(event.target.value)}
            />
          )}
        </LabelledField>
        <LabelledField
          id={sourceId}
          label={t('retention.form.source')}
          description={t('retention.form.sourceHint')}
          error={problems.source ?? null}
        >
          {({ describedBy, invalid }) => (
            <Textarea
              ref={sourceRef}
              id={sourceId}
              name="source"
              rows={2}
              invalid={invalid}
              aria-describedby={describedBy}
              value={source}
              onChange={(event) => setSource(event.target.value)}
            />
          )}
        </LabelledField>
        <div className="schakel-retention__actions">
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            {t('retention.form.submit')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('retention.form.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
