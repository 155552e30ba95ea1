import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useRef } from 'react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { useAccessReview } from '../hooks/useAccessReview';

/**
 * The periodic access review (issue 15): per account due, "Heeft … nog toegang nodig?" with
 * "Ja, nog nodig" (confirmed, audited) and "Nee, niet meer nodig" (disabled, after a
 * confirmation). Cards, not a table: usable at 375 px.
 */
export function AccessReviewSection() {
  const { t, locale } = useI18n();
  const headingId = useId();
  const outcomeRef = useRef<HTMLDivElement>(null);
  const review = useAccessReview(() => outcomeRef.current?.focus());
  if (review.loading) return null;
  const count = review.due.length;
  return (
    <section id="toegangscontrole" aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('review.heading')}
      </Heading>
      {review.reviewMonths !== null && (
        <Paragraph>{t('review.intro', { months: review.reviewMonths })}</Paragraph>
      )}
      <div ref={outcomeRef} tabIndex={-1} role="status" className="schakel-review-status">
        {review.outcome && (
          <Alert type="ok" role="none">
            <Paragraph>
              {review.outcome.kind === 'confirmed'
                ? t('review.confirmed', {
                    name: review.outcome.name,
                    date: formatDate(review.outcome.nextReview, locale),
                  })
                : t('review.disabled', { name: review.outcome.name })}
            </Paragraph>
          </Alert>
        )}
        {review.failure && (
          <Alert type="error" role="none">
            <Paragraph>{review.failure}</Paragraph>
          </Alert>
        )}
      </div>
      <Paragraph>{count === 0 ? t('review.none') : t('review.count', { count })}</Paragraph>
      {count > 0 && (
        <ul className="schakel-review-list">
          {review.due.map((user) => {
            const nameId = `review-${user.id}-name`;
            const questionId = `review-${user.id}-question`;
            const busy = review.busyId === user.id;
            return (
              <li key={user.id} className="schakel-review-card">
                <Heading level={3} id={nameId}>
                  {user.displayName}
                </Heading>
                <Paragraph>{user.email}</Paragraph>
                <Paragraph>{user.roles.map((role) => t(`role.${role}`)).join(', ')}</Paragraph>
                <Paragraph>
                  {t('review.lastReviewed', { date: formatDate(user.accessReviewedAt, locale) })}
                </Paragraph>
                <Paragraph id={questionId}>
                  <strong>{t('review.question', { name: user.displayName })}</strong>
                </Paragraph>
                {review.askingNo === user.id ? (
                  <Alert type="warning" role="none">
                    <Paragraph>{t('review.confirmNo', { name: user.displayName })}</Paragraph>
                    <ButtonGroup>
                      <Button
                        appearance="primary-action-button"
                        busy={busy}
                        disabled={review.busyId !== null}
                        onClick={() => review.no(user.id)}
                      >
                        {t('review.confirmNoButton', { name: user.displayName })}
                      </Button>
                      <Button appearance="secondary-action-button" onClick={review.cancelNo}>
                        {t('review.cancel')}
                      </Button>
                    </ButtonGroup>
                  </Alert>
                ) : (
                  <ButtonGroup>
                    <Button
                      appearance="primary-action-button"
                      aria-describedby={questionId}
                      busy={busy}
                      disabled={review.busyId !== null}
                      onClick={() => review.yes(user.id)}
                    >
                      {t('review.yes')}
                    </Button>
                    <Button
                      appearance="secondary-action-button"
                      aria-describedby={questionId}
                      disabled={review.busyId !== null}
                      onClick={() => review.askNo(user.id)}
                    >
                      {t('review.no')}
                    </Button>
                  </ButtonGroup>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
