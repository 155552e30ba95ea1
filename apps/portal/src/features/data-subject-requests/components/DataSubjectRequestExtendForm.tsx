import { useMutation } from '@apollo/client/react';
import { Button, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { DataSubjectRequestDetailFragment } from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { EXTEND_DATA_SUBJECT_REQUEST_MUTATION } from '../graphql/dataSubjectRequestQueries';

interface DataSubjectRequestExtendFormProps {
  request: DataSubjectRequestDetailFragment;
  onDone: (message: string) => void;
  onConflict: () => void;
}

/** The one extension of the deadline by two months, with a written reason. */
export function DataSubjectRequestExtendForm({
  request,
  onDone,
  onConflict,
}: DataSubjectRequestExtendFormProps) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const reasonId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [extend, { loading }] = useMutation(EXTEND_DATA_SUBJECT_REQUEST_MUTATION);

  function showErrors(nextProblem: string | null, nextFailure: string | null) {
    flushSync(() => {
      setProblem(nextProblem);
      setFailure(nextFailure);
    });
    summaryRef.current?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (reason.trim().length < 10) return showErrors(t('dsr.extend.reasonInvalid'), null);
    try {
      const result = await extend({
        variables: { input: { id: request.id, revision: request.revision, reason: reason.trim() } },
      });
      const deadline = result.data?.extendDataSubjectRequest.deadline ?? request.deadline;
      onDone(t('dsr.extend.saved', { date: formatDate(deadline, locale) }));
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'CONFLICT') return onConflict();
      if (code === 'BAD_USER_INPUT') return showErrors(t('dsr.extend.reasonInvalid'), null);
      showErrors(null, errorMessage(code));
    }
  }

  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('dsr.extend.title')}
      </Heading>
      <Paragraph>{t('dsr.extend.hint')}</Paragraph>
      <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div ref={summaryRef} tabIndex={-1}>
          {(problem || failure) && (
            <ErrorSummary
              title={t('dsr.notSaved')}
              failure={failure}
              problems={problem ? [{ fieldId: reasonId, message: problem }] : []}
              onSelect={(id) => document.getElementById(id)?.focus()}
            />
          )}
        </div>
        <LabelledField id={reasonId} label={t('dsr.extend.reason')} error={problem}>
          {({ describedBy, invalid }) => (
            <Textarea
              id={reasonId}
              rows={2}
              invalid={invalid}
              aria-describedby={describedBy}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </LabelledField>
        <div>
          <Button type="submit" appearance="secondary-action-button" busy={loading}>
            {t('dsr.extend.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
