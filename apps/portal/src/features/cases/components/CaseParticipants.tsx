import { Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useId } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { Withheld } from './Withheld';
import './cases.css';

type Participant = CaseDetailFieldsFragment['participants'][number];

interface CaseParticipantsProps {
  participants: readonly Participant[];
}

/** The agencies taking part (deelnemers), with why and on what basis; ended ones stay listed. */
export function CaseParticipants({ participants }: CaseParticipantsProps) {
  const { locale, t } = useI18n();
  const headingId = useId();
  const date = (value: string) => formatDate(value, locale);

  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('participants.heading')}
      </Heading>
      {participants.length === 0 ? (
        <Paragraph>{t('participants.empty')}</Paragraph>
      ) : (
        <ul className="schakel-participants">
          {participants.map((participant) => (
            <li
              key={participant.id}
              className={`schakel-participant${participant.active ? '' : ' schakel-participant--ended'}`}
            >
              <p className="schakel-participant__title">
                <span className="schakel-participant__agency">{participant.agency.name}</span>
                <span>{t(`participantRole.${participant.role}`)}</span>
                <StatusBadge status={participant.active ? 'active' : 'inactive'}>
                  {t(participant.active ? 'participants.active' : 'participants.ended')}
                </StatusBadge>
              </p>
              <dl className="schakel-participant__details">
                <div>
                  <dt>{t('participants.reason')}</dt>
                  <dd>
                    {participant.reasonAccess === 'WITHHELD' ? (
                      <Withheld />
                    ) : (
                      <>
                        {participant.reason}
                        {participant.reasonCategories.length > 0 && (
                          <span className="schakel-participant__categories">
                            {' '}
                            {t('participants.reasonCategories', {
                              categories: participant.reasonCategories
                                .map((category) => t(`category.${category}`))
                                .join(', '),
                            })}
                          </span>
                        )}
                      </>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t('participants.legalBasis')}</dt>
                  <dd>{participant.legalBasis}</dd>
                </div>
                <div>
                  <dt>{t('participants.period')}</dt>
                  <dd>
                    {participant.endedAt
                      ? t('participants.fromUntil', {
                          from: date(participant.startedAt),
                          until: date(participant.endedAt),
                        })
                      : t('participants.since', { from: date(participant.startedAt) })}
                  </dd>
                </div>
                {participant.endReason && (
                  <div>
                    <dt>{t('participants.endReason')}</dt>
                    <dd>{participant.endReason}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
