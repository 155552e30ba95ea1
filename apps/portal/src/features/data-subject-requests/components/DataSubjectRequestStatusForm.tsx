import { useMutation } from '@apollo/client/react';
import { Button, Heading, Select, SelectOption, Textarea } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type {
  DataSubjectRequestDetailFragment,
  DataSubjectRequestStatus,
} from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { CHANGE_DATA_SUBJECT_REQUEST_STATUS_MUTATION } from '../graphql/dataSubjectRequestQueries';

const NEXT: Record<DataSubjectRequestStatus, readonly DataSubjectRequestStatus[]> = {
  RECEIVED: ['IN_PROGRESS', 'COMPLETED', 'REJECTED'],
  IN_PROGRESS: ['COMPLETED', 'REJECTED'],
  COMPLETED: [],
  REJECTED: [],
};

interface DataSubjectRequestStatusFormProps {
  request: DataSubjectRequestDetailFragment;
  onDone: (message: string) => void;
  onConflict: () => void;
}

/** Moves a request on; completing or rejecting needs an outcome. */
export function DataSubjectRequestStatusForm({
  request,
  onDone,
  onConflict,
}: DataSubjectRequestStatusFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const statusId = useId();
  const outcomeId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const options = NEXT[request.status];
  const [status, setStatus] = useState<DataSubjectRequestStatus>(options[0] ?? request.status);
  const [outcome, setOutcome] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [save, { loading }] = useMutation(CHANGE_DATA_SUBJECT_REQUEST_STATUS_MUTATION);
  const final = status === 'COMPLETED' || status === 'REJECTED';

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
    if (final && outcome.trim().length < 3) return showErrors(t('dsr.status.outcomeInvalid'), null);
    try {
      await save({
        variables: {
          input: {
            id: request.id,
            revision: request.revision,
            status,
            outcome: outcome.trim() || null,
          },
        },
      });
      flushSync(() => {
        setProblem(null);
        setFailure(null);
      });
      onDone(t('dsr.status.saved'));
    } catch (error) {
      const code = errorCodeOf(error);
      if (code === 'CONFLICT') return onConflict();
      showErrors(null, errorMessage(code));
    }
  }

  if (options.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('dsr.status.title')}
      </Heading>
      <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div ref={summaryRef} tabIndex={-1}>
          {(problem || failure) && (
            <ErrorSummary
              title={t('dsr.notSaved')}
              failure={failure}
              problems={problem ? [{ fieldId: outcomeId, message: problem }] : []}
              onSelect={(id) => document.getElementById(id)?.focus()}
            />
          )}
        </div>
        <LabelledField id={statusId} label={t('dsr.status.new')}>
          {() => (
            <Select
              id={statusId}
              value={status}
              onChange={(event) => setStatus(event.target.value as DataSubjectRequestStatus)}
            >
              {options.map((value) => (
                <SelectOption key={value} value={value}>
                  {t(`dsr.status.${value}`)}
                </SelectOption>
              ))}
            </Select>
          )}
        </LabelledField>
        <LabelledField
          id={outcomeId}
          label={t('dsr.status.outcome')}
          description={t('dsr.status.outcomeHint')}
          error={problem}
        >
          {({ describedBy, invalid }) => (
            <Textarea
              id={outcomeId}
              rows={3}
              invalid={invalid}
              aria-describedby={describedBy}
              value={outcome}
              onChange={(event) => setOutcome(event.target.value)}
            />
          )}
        </LabelledField>
        <div>
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            {t('dsr.status.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
