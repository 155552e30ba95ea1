import { Heading } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import type { DsrPartReview } from '../hooks/useDataSubjectRequestPartReview';
import { deadlineNote } from '../utils/dsrFormat';

type Part = NonNullable<DsrPartReview['review']>['part'];

/** The request's facts as the agency's contact sees them, with the release status. */
export function DsrPartFacts({ part }: { part: Part }) {
  const { t, locale } = useI18n();
  const deadline = deadlineNote({
    status: part.requestStatus,
    overdue: part.daysLeft < 0,
    daysLeft: part.daysLeft,
  });
  return (
    <section aria-labelledby="dsr-part-facts" className="schakel-flow">
      <Heading level={2} id="dsr-part-facts">
        {t('dsr.detail.facts')}
      </Heading>
      <dl className="schakel-dsr__facts">
        <dt>{t('dsr.detail.person')}</dt>
        <dd>{`${part.givenNames} ${part.familyName}`}</dd>
        <dt>{t('dsr.detail.dateOfBirth')}</dt>
        <dd>{formatDate(part.dateOfBirth, locale)}</dd>
        <dt>{t('dsr.list.type')}</dt>
        <dd>{t(`dsr.type.${part.requestType}`)}</dd>
        <dt>{t('dsr.detail.received')}</dt>
        <dd>{formatDate(part.receivedOn, locale)}</dd>
        <dt>{t('dsr.detail.deadline')}</dt>
        <dd>
          {formatDate(part.deadline, locale)}
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
  );
}
