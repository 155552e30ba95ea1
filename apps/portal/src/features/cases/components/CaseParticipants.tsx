import { INFORMATION_CATEGORIES } from '@schakel/domain';
import { Heading, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useMe } from '../../auth/hooks/useMe';
import { canInviteParticipant } from '../../auth/utils/permissions';
import { CasusregisseurPanel } from '../../case-team/components/CasusregisseurPanel';
import { EndParticipationControl } from '../../case-team/components/EndParticipationControl';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { InviteParticipantSection } from './InviteParticipantSection';
import { Withheld } from './Withheld';
import './cases.css';

type Participant = CaseDetailFieldsFragment['participants'][number];

interface CaseParticipantsProps {
  participants: readonly Participant[];
  /**
   * The case in the caller's own view: then the team's controls show for whom they are meant
   * (the casusregisseur for everyone; appointing, inviting and ending for the procesregisseur of
   * an open case). Left out for a preview ("bekijk als"), which changes nothing.
   */
  caseData?: CaseDetailFieldsFragment;
}

/**
 * The case team: the casusregisseur and the agencies taking part (deelnemers), with why and on
 * what basis; ended ones stay listed. The procesregisseur builds the team here, on demand.
 */
export function CaseParticipants({ participants, caseData }: CaseParticipantsProps) {
  const { locale, t } = useI18n();
  const me = useMe();
  const headingId = useId();
  const [ended, setEnded] = useState<string | null>(null);
  const date = (value: string) => formatDate(value, locale);
  const manage = Boolean(caseData && !caseData.readOnly && canInviteParticipant(me.roles));
  const writable = caseData
    ? INFORMATION_CATEGORIES.filter((category) =>
        caseData.categoryAccess.some((entry) => entry.category === category && entry.canWrite),
      )
    : [];

  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('participants.heading')}
      </Heading>
      {caseData && <CasusregisseurPanel caseData={caseData} canManage={manage} />}
      <div role="status">{ended && <Paragraph>{ended}</Paragraph>}</div>
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
              {manage && participant.active && participant.agency.id !== me.agency.id && (
                <EndParticipationControl
                  participantId={participant.id}
                  agencyName={participant.agency.name}
                  onEnded={setEnded}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {manage && caseData && writable.length > 0 && (
        <InviteParticipantSection
          caseId={caseData.id}
          categories={writable}
          participating={participants
            .filter((participant) => participant.active)
            .map((participant) => participant.agency.id)}
        />
      )}
    </section>
  );
}
