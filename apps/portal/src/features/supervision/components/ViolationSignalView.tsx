import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { ViolationSignalFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import { AssessViolationForm } from './AssessViolationForm';

interface ViolationSignalViewProps {
  signal: ViolationSignalFieldsFragment;
  headingLevel: 3 | 4;
  /** Offer probation's assessment form (on the case page and the dashboard); then: assessed. */
  onAssessed?: () => void;
  overdue?: boolean;
}

/** One signal: what was seen, its status, and the assessment where the viewer may read it. */
export function ViolationSignalView({
  signal,
  headingLevel,
  onAssessed,
  overdue,
}: ViolationSignalViewProps) {
  const { t, locale } = useI18n();
  // What the report is about: the kind and, for contact and location bans, with whom or where.
  const about = signal.conditionKind
    ? `${t(`supervision.kind.${signal.conditionKind}`)}${signal.conditionSubject ? `: ${signal.conditionSubject}` : ''}`
    : null;
  return (
    <article className="schakel-flow schakel-signal">
      <Heading level={headingLevel}>
        {t(`signals.status.${signal.status}`)}
        {about ? ` — ${about}` : ''}
      </Heading>
      <Paragraph>{signal.what}</Paragraph>
      <Paragraph>
        <small>
          {t('signals.occurred', {
            date: formatShortDateTime(signal.occurredAt, locale),
            location: signal.location,
            seenBy: signal.seenBy,
          })}
          <br />
          {t('signals.reported', {
            date: formatShortDateTime(signal.reportedAt, locale),
            agency: signal.reporterAgency.name,
          })}
        </small>
      </Paragraph>
      {signal.status === 'REPORTED' && (
        <Paragraph className={overdue ? 'schakel-supervision__overdue' : undefined}>
          {t('signals.due', { date: formatShortDateTime(signal.dueAt, locale) })}
          {overdue ? ` — ${t('signals.overdue')}` : ''}
        </Paragraph>
      )}
      {signal.status === 'ASSESSED' &&
        (signal.assessmentAccess === 'FULL' ? (
          <>
            <Paragraph>
              <strong>
                {signal.followUp &&
                  t('signals.followUpLabel', {
                    followUp: t(`signals.followUp.${signal.followUp}`),
                  })}
              </strong>
            </Paragraph>
            <Paragraph>{signal.assessment}</Paragraph>
          </>
        ) : (
          <Paragraph className="schakel-withheld__reason">
            {t('signals.assessmentWithheld')}
          </Paragraph>
        ))}
      {onAssessed && signal.mayAssess && signal.status === 'REPORTED' && (
        <AssessViolationForm signal={signal} onAssessed={onAssessed} />
      )}
    </article>
  );
}
