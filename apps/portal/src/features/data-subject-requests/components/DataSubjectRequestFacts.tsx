import { Heading } from '@utrecht/component-library-react';
import type { DataSubjectRequestDetailFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { deadlineNote } from '../utils/dsrFormat';

interface DataSubjectRequestFactsProps {
  request: DataSubjectRequestDetailFragment;
}

/** Who asked, when, how their identity was checked, the deadline (and extension), status, outcome. */
export function DataSubjectRequestFacts({ request }: DataSubjectRequestFactsProps) {
  const { t, locale } = useI18n();
  const note = deadlineNote(request);
  return (
    <section aria-labelledby="dsr-facts" className="schakel-flow">
      <Heading level={2} id="dsr-facts">
        {t('dsr.detail.facts')}
      </Heading>
      <dl className="schakel-dsr__facts">
        <dt>{t('dsr.detail.person')}</dt>
        <dd>
          {`${request.givenNames} ${request.familyName}`}
          {!request.personId && <> — {t('dsr.detail.noPerson')}</>}
        </dd>
        <dt>{t('dsr.detail.dateOfBirth')}</dt>
        <dd>{formatDate(request.dateOfBirth, locale)}</dd>
        {request.bsn && (
          <>
            <dt>{t('dsr.detail.bsn')}</dt>
            <dd>{request.bsn}</dd>
          </>
        )}
        <dt>{t('dsr.detail.received')}</dt>
        <dd>{formatDate(request.receivedOn, locale)}</dd>
        <dt>{t('dsr.detail.identity')}</dt>
        <dd>{request.identityVerification}</dd>
        <dt>{t('dsr.detail.deadline')}</dt>
        <dd>
          {formatDate(request.deadline, locale)}
          {note && (
            <span className={request.overdue ? 'schakel-dsr__overdue' : undefined}>
              {' '}
              ({t(note.key, { days: note.days ?? 0 })})
            </span>
          )}
          {request.extendedDeadline && request.extensionReason && (
            <>
              {' — '}
              {t('dsr.detail.extended', {
                original: formatDate(request.originalDeadline, locale),
                reason: request.extensionReason,
              })}
            </>
          )}
        </dd>
        <dt>{t('dsr.detail.status')}</dt>
        <dd>{t(`dsr.status.${request.status}`)}</dd>
        {request.outcome && (
          <>
            <dt>{t('dsr.detail.outcome')}</dt>
            <dd>{request.outcome}</dd>
          </>
        )}
        <dt>{t('dsr.detail.employeeNames')}</dt>
        <dd>{request.includeEmployeeNames ? t('dsr.detail.yes') : t('dsr.detail.no')}</dd>
      </dl>
    </section>
  );
}
