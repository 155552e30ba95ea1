import { useMutation } from '@apollo/client/react';
import { Button, Heading, Textarea, Textbox } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { ErrorSummary, type ErrorSummaryProblem } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { LEGAL_HOLDS_QUERY, SET_LEGAL_HOLD_MUTATION } from '../graphql/retentionQueries';
import { normaliseReference } from '../utils/retentionInput';
import './retention.css';

interface SetLegalHoldFormProps {
  onSaved: (message: string) => void;
}

/** "Bewaarplicht instellen": a case reference of the own region and a reason. */
export function SetLegalHoldForm({ onSaved }: SetLegalHoldFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const referenceId = useId();
  const reasonId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const referenceRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<{ reference?: string; reason?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SET_LEGAL_HOLD_MUTATION, {
    refetchQueries: [LEGAL_HOLDS_QUERY],
  });

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
    const caseReference = normaliseReference(reference);
    const next: typeof problems = {};
    if (!caseReference) next.reference = t('retention.setHold.referenceInvalid');
    if (reason.trim().length < 10) next.reason = t('retention.setHold.reasonInvalid');
    if (!caseReference || next.reason) return showErrors(next, null);
    try {
      const result = await save({
        variables: { input: { caseReference, reason: reason.trim() } },
      });
      flushSync(() => {
        setProblems({});
        setFailure(null);
        setReference('');
        setReason('');
      });
      onSaved(
        t('retention.setHold.saved', {
          reference: result.data?.setLegalHold.caseReference ?? caseReference,
        }),
      );
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'NOT_FOUND') {
        return showErrors({ reference: t('retention.setHold.notFound') }, null);
      }
      if (code === 'BAD_USER_INPUT') {
        return showErrors({ reason: t('retention.setHold.reasonInvalid') }, null);
      }
      showErrors({}, code === 'CONFLICT' ? t('retention.setHold.conflict') : errorMessage(code));
    }
  }

  const list: ErrorSummaryProblem[] = [
    ...(problems.reference ? [{ fieldId: referenceId, message: problems.reference }] : []),
    ...(problems.reason ? [{ fieldId: reasonId, message: problems.reason }] : []),
  ];

  return (
    <section aria-labelledby={headingId} className="schakel-flow schakel-retention__form">
      <Heading level={3} id={headingId}>
        {t('retention.setHold.heading')}
      </Heading>
      <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div ref={summaryRef} tabIndex={-1}>
          {(list.length > 0 || failure) && (
            <ErrorSummary
              title={t('retention.setHold.notSaved')}
              failure={failure}
              problems={list}
              onSelect={(id) => (id === referenceId ? referenceRef : reasonRef).current?.focus()}
            />
          )}
        </div>
        <LabelledField
          id={referenceId}
          label={t('retention.setHold.reference')}
          description={t('retention.setHold.referenceHint')}
          error={problems.reference ?? null}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              ref={referenceRef}
              id={referenceId}
              name="caseReference"
              autoComplete="off"
              size={16}
              invalid={invalid}
              aria-describedby={describedBy}
              value={reference}
              onChange={(event) => setReference(event.target.value)}
            />
          )}
        </LabelledField>
        <LabelledField
          id={reasonId}
          label={t('retention.setHold.reason')}
          description={t('retention.setHold.reasonHint')}
          error={problems.reason ?? null}
        >
          {({ describedBy, invalid }) => (
            <Textarea
              ref={reasonRef}
              id={reasonId}
              name="reason"
              rows={3}
              invalid={invalid}
              aria-describedby={describedBy}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </LabelledField>
        <div>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            {t('retention.setHold.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
