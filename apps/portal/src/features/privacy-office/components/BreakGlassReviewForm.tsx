import {
  Button,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Paragraph,
  RadioButton,
  Textarea,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { BreakGlassVerdict } from '../../../gql/graphql';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { REVIEW_BREAK_GLASS_MUTATION } from '../graphql/privacyOfficeDocuments';
import { useReviewMutation } from '../hooks/useReviewMutation';
import { checkReview, type ReviewField, type ReviewProblems } from '../utils/reviewValidation';

const VERDICTS: readonly BreakGlassVerdict[] = ['JUSTIFIED', 'NOT_JUSTIFIED'];

interface BreakGlassReviewFormProps {
  eventId: string;
  /** After a saved review (or one somebody else saved first): the queue reloads. */
  onReviewed: (message: string) => void;
}

/** The verdict on one break-the-glass access, with a note; final once saved. */
export function BreakGlassReviewForm({ eventId, onReviewed }: BreakGlassReviewFormProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const id = useId();
  const fieldId = (field: ReviewField) => `${id}-${field}`;
  const [verdict, setVerdict] = useState<BreakGlassVerdict | null>(null);
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<ReviewProblems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const review = useReviewMutation(REVIEW_BREAK_GLASS_MUTATION);

  function show(found: ReviewProblems, message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAttempts((count) => count + 1);
    });
    document.getElementById(`${id}-summary`)?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (review.loading) return;
    const found = checkReview(verdict, note);
    if (Object.keys(found).length > 0 || !verdict) return show(found);
    const result = await review.run({ input: { eventId, verdict, note: note.trim() } });
    if (result.ok) {
      onReviewed(
        t('privacyOffice.breakGlass.saved', { verdict: t(`privacyOffice.verdict.${verdict}`) }),
      );
      return;
    }
    if (result.code === 'CONFLICT') {
      onReviewed(t('privacyOffice.breakGlass.conflict'));
      return;
    }
    // What was typed stays; only what is wrong needs correcting.
    if (result.code === 'BAD_USER_INPUT' && result.field === 'note') {
      return show({ note: 'NOTE_SHORT' });
    }
    show({}, errorMessage(result.code));
  }

  const messageFor = (field: ReviewField) => {
    const problem = problems[field];
    return problem ? t(`privacyOffice.breakGlass.problem.${problem}`) : null;
  };
  const invalid = (['verdict', 'note'] as const).flatMap((field) => {
    const message = messageFor(field);
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });

  return (
    <form noValidate className="schakel-flow" onSubmit={(event) => void handleSubmit(event)}>
      {(invalid.length > 0 || failure) && (
        <div id={`${id}-summary`} tabIndex={-1}>
          <ErrorSummary
            key={attempts}
            title={t('privacyOffice.breakGlass.notSaved')}
            failure={failure}
            problems={invalid}
            onSelect={(target) => document.getElementById(target)?.focus()}
          />
        </div>
      )}
      <Fieldset id={fieldId('verdict')} tabIndex={-1} invalid={Boolean(messageFor('verdict'))}>
        <FieldsetLegend>{t('privacyOffice.breakGlass.verdict')}</FieldsetLegend>
        {messageFor('verdict') && (
          <Paragraph className="schakel-privacy-error">{messageFor('verdict')}</Paragraph>
        )}
        <div className="schakel-privacy-choices">
          {VERDICTS.map((value) => (
            <div key={value} className="schakel-privacy-choice">
              <RadioButton
                id={`${id}-verdict-${value}`}
                name={`${id}-verdict`}
                checked={verdict === value}
                onChange={() => setVerdict(value)}
              />
              <FormLabel htmlFor={`${id}-verdict-${value}`} type="radio">
                {t(`privacyOffice.verdict.${value}`)}
              </FormLabel>
            </div>
          ))}
        </div>
      </Fieldset>
      <LabelledField
        id={fieldId('note')}
        label={t('privacyOffice.breakGlass.note')}
        description={t('privacyOffice.breakGlass.noteHint')}
        error={messageFor('note')}
      >
        {({ describedBy, invalid: isInvalid }) => (
          <Textarea
            id={fieldId('note')}
            invalid={isInvalid}
            aria-describedby={describedBy}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </LabelledField>
      <div>
        <Button type="submit" appearance="primary-action-button" busy={review.loading}>
          {t('privacyOffice.breakGlass.submit')}
        </Button>
      </div>
    </form>
  );
}
