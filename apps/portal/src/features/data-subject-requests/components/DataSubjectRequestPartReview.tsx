import { useMutation, useQuery } from '@apollo/client/react';
import type { InformationCategory } from '@schakel/domain';
import { Button, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle';
import {
  DATA_SUBJECT_REQUEST_PART_REVIEW_QUERY,
  RELEASE_DATA_SUBJECT_REQUEST_PART_MUTATION,
  START_DATA_SUBJECT_REQUEST_PART_REVIEW_MUTATION,
} from '../graphql/dataSubjectRequestPartQueries';
import { deadlineNote, dutchDate } from '../utils/dsrFormat';
import './dsr.css';

interface DataSubjectRequestPartReviewProps {
  partId: string;
}

const NOTE_MAX = 2000;

/**
 * The own agency's data on the person of a request, as the contactpunt would add it to the
 * answer, and the release ("Vrijgeven"). Nothing of other agencies is shown or loaded.
 */
export function DataSubjectRequestPartReview({ partId }: DataSubjectRequestPartReviewProps) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const noteId = useId();
  const resultRef = useRef<HTMLParagraphElement>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<{ text: string; failed: boolean } | null>(null);
  const { data, loading, error } = useQuery(DATA_SUBJECT_REQUEST_PART_REVIEW_QUERY, {
    variables: { id: partId },
  });
  const [startReview, started] = useMutation(START_DATA_SUBJECT_REQUEST_PART_REVIEW_MUTATION);
  const [release, released] = useMutation(RELEASE_DATA_SUBJECT_REQUEST_PART_MUTATION);
  const review = data?.dataSubjectRequestPartReview;
  const part = review?.part;
  const title = part
    ? t('dsrPart.title', { name: `${part.givenNames} ${part.familyName}` })
    : t('dsrPart.pageTitle');
  useDocumentTitle(title);

  if (loading && !review) return <Paragraph role="status">{t('dsr.detail.loading')}</Paragraph>;
  if (!review || !part) {
    const code = errorCodeOf(error);
    return (
      <div className="schakel-flow">
        <Heading level={1}>{t('dsrPart.pageTitle')}</Heading>
        <Paragraph role="alert">
          {code === 'NOT_FOUND' ? t('dsrPart.notFound') : errorMessage(code)}
        </Paragraph>
        <RouterLink to="/privacy/mijn-verzoeken">{t('dsrPart.back')}</RouterLink>
      </div>
    );
  }

  const show = (text: string, failed = false) => {
    flushSync(() => setResult({ text, failed }));
    resultRef.current?.focus();
  };
  const closed = part.requestStatus === 'COMPLETED' || part.requestStatus === 'REJECTED';
  const deadline = deadlineNote({
    status: part.requestStatus,
    overdue: part.daysLeft < 0,
    daysLeft: part.daysLeft,
  });

  async function handleStart() {
    if (started.loading) return;
    try {
      await startReview({ variables: { input: { partId } } });
      show(t('dsrPart.started'));
    } catch (e) {
      show(`${t('dsr.notSaved')}: ${errorMessage(errorCodeOf(e))}`, true);
    }
  }

  async function handleRelease(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (released.loading) return;
    if (note.trim().length > NOTE_MAX) {
      flushSync(() => setProblem(t('dsrPart.noteInvalid', { max: NOTE_MAX })));
      document.getElementById(noteId)?.focus();
      return;
    }
    setProblem(null);
    try {
      await release({ variables: { input: { partId, note: note.trim() || null } } });
      show(t('dsrPart.released', { agency: part!.agencyName }));
    } catch (e) {
      const code = errorCodeOf(e);
      if (code === 'BAD_USER_INPUT') {
        flushSync(() => setProblem(t('dsrPart.noteInvalid', { max: NOTE_MAX })));
        document.getElementById(noteId)?.focus();
        return;
      }
      show(`${t('dsr.notSaved')}: ${errorMessage(code)}`, true);
    }
  }

  return (
    <div className="schakel-flow">
      <RouterLink to="/privacy/mijn-verzoeken">{t('dsrPart.back')}</RouterLink>
      <Heading level={1}>{title}</Heading>
      <p
        ref={resultRef}
        tabIndex={-1}
        aria-live="polite"
        role={result?.failed ? 'alert' : undefined}
        className="utrecht-paragraph"
      >
        {result?.text}
      </p>
      <Paragraph>{t('dsrPart.intro', { agency: part.agencyName })}</Paragraph>

      <section aria-labelledby="dsr-part-facts" className="schakel-flow">
        <Heading level={2} id="dsr-part-facts">
          {t('dsr.detail.facts')}
        </Heading>
        <dl className="schakel-dsr__facts">
          <dt>{t('dsr.detail.person')}</dt>
          <dd>{`${part.givenNames} ${part.familyName}`}</dd>
          <dt>{t('dsr.detail.dateOfBirth')}</dt>
          <dd>{dutchDate(part.dateOfBirth)}</dd>
          <dt>{t('dsr.list.type')}</dt>
          <dd>{t(`dsr.type.${part.requestType}`)}</dd>
          <dt>{t('dsr.detail.received')}</dt>
          <dd>{dutchDate(part.receivedOn)}</dd>
          <dt>{t('dsr.detail.deadline')}</dt>
          <dd>
            {dutchDate(part.deadline)}
            {deadline && ` (${t(deadline.key, { days: deadline.days ?? 0 })})`}
          </dd>
          <dt>{t('dsrPart.list.review')}</dt>
          <dd>
            {part.reviewStatus === 'RELEASED' && part.releasedAt
              ? t('dsr.parts.releasedBy', {
                  date: formatDate(part.releasedAt, locale),
                  name: part.releasedByName ?? t('dsr.parts.someone'),
                })
              : t(`dsr.reviewStatus.${part.reviewStatus}`)}
            {part.releaseNote ? ` – ${part.releaseNote}` : ''}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="dsr-part-cases" className="schakel-flow">
        <Heading level={2} id="dsr-part-cases">
          {t('dsrPart.participations')}
        </Heading>
        {review.participations.length === 0 ? (
          <Paragraph>{t('dsrPart.none')}</Paragraph>
        ) : (
          <ul>
            {review.participations.map((p) => (
              <li key={`${p.caseReference}-${p.from}-${p.role}`}>
                {t('dsrPart.participation', {
                  reference: p.caseReference,
                  role: t(`participantRole.${p.role}` as 'participantRole.PARTNER'),
                  from: dutchDate(p.from),
                  until: p.until ? dutchDate(p.until) : t('dsrPart.ongoing'),
                  basis: p.legalBasis,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="dsr-part-items" className="schakel-flow">
        <Heading level={2} id="dsr-part-items">
          {t('dsrPart.items')}
        </Heading>
        {review.items.length === 0 ? (
          <Paragraph>{t('dsrPart.none')}</Paragraph>
        ) : (
          <ul className="schakel-dsr__items">
            {review.items.map((item, index) => (
              <li key={index}>
                <strong>
                  {t(`category.${item.category as InformationCategory}`)} – {dutchDate(item.date)} –{' '}
                  {item.caseReference}
                </strong>
                <br />
                {item.text}
                <br />
                <small>{t('dsrPart.legalBasis', { basis: item.legalBasis })}</small>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="dsr-part-actions" className="schakel-flow">
        <Heading level={2} id="dsr-part-actions">
          {t('dsrPart.planActions')}
        </Heading>
        {review.planActions.length === 0 ? (
          <Paragraph>{t('dsrPart.none')}</Paragraph>
        ) : (
          <ul>
            {review.planActions.map((a, index) => (
              <li key={index}>
                {`${a.caseReference} – ${a.description} (${dutchDate(a.dueDate)})`}
              </li>
            ))}
          </ul>
        )}
      </section>

      {part.reviewStatus !== 'RELEASED' && !closed && (
        <section aria-labelledby="dsr-part-release" className="schakel-flow">
          <Heading level={2} id="dsr-part-release">
            {t('dsrPart.release.title')}
          </Heading>
          <Paragraph>{t('dsrPart.release.hint')}</Paragraph>
          {part.reviewStatus === 'OPEN' && (
            <div>
              <Button
                type="button"
                appearance="secondary-action-button"
                busy={started.loading}
                onClick={() => void handleStart()}
              >
                {t('dsrPart.start')}
              </Button>
            </div>
          )}
          <form className="schakel-flow" noValidate onSubmit={(event) => void handleRelease(event)}>
            <LabelledField
              id={noteId}
              label={t('dsrPart.release.note')}
              description={t('dsrPart.release.noteHint')}
              error={problem}
            >
              {({ describedBy, invalid }) => (
                <Textarea
                  id={noteId}
                  rows={3}
                  invalid={invalid}
                  aria-describedby={describedBy}
                  value={note}
                  onChange={(event) => setNote(event.target.value)}
                />
              )}
            </LabelledField>
            <div>
              <Button type="submit" appearance="primary-action-button" busy={released.loading}>
                {t('dsrPart.release.submit')}
              </Button>
            </div>
          </form>
        </section>
      )}
    </div>
  );
}
