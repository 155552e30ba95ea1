import { useQuery } from '@apollo/client/react';
import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
} from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { ValidityBadge } from '../../agreed-approach/components/ValidityBadge';
import { CASE_AGREED_APPROACH_QUERY } from '../../agreed-approach/graphql/caseAgreedApproachQuery';
import { useI18n } from '../../i18n/hooks/useI18n';
import type { MessageKey } from '../../i18n/messages/nl';
import { formatDate } from '../../i18n/utils/formatDate';
import { formatTime } from '../../meetings/utils/amsterdamTime';
import { CASE_PLAN_QUERY } from '../../plans/graphql/casePlanQuery';
import { useCaseMeetings } from '../hooks/useCaseMeetings';
import { CASE_SECTION_PARAM, type CaseSection } from '../utils/caseSections';
import { CasusregisseurName } from './CasusregisseurName';
import { PersonName } from './PersonName';
import { ProtectedText } from './ProtectedText';
import { Withheld } from './Withheld';
import './cases.css';

interface CaseSummaryProps {
  caseData: CaseDetailFieldsFragment;
}

/**
 * What a professional needs first, at the top of the case page: who, status, who leads, the next
 * meeting, open and overdue actions, and whether the agreed approach is valid. The plan and card
 * come from the same queries as their sections (one request each, shared through the cache).
 */
export function CaseSummary({ caseData }: CaseSummaryProps) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const location = useLocation();
  const plan = useQuery(CASE_PLAN_QUERY, {
    variables: { caseId: caseData.id },
    fetchPolicy: 'cache-and-network',
  });
  const card = useQuery(CASE_AGREED_APPROACH_QUERY, {
    variables: { caseId: caseData.id },
    fetchPolicy: 'cache-and-network',
  });
  const meetings = useCaseMeetings(caseData.id);
  const person = caseData.subject;

  const sectionLink = (section: CaseSection, children: ReactNode) => (
    <Link
      to={{ search: `?${CASE_SECTION_PARAM}=${section}` }}
      replace
      state={location.state as unknown}
      preventScrollReset
      className="utrecht-link utrecht-link--html-a"
    >
      {children}
    </Link>
  );
  const pending = (loading: boolean) => (
    <span className="schakel-not-recorded">
      {t(loading ? 'casePage.summary.loading' : 'casePage.summary.unavailable')}
    </span>
  );

  let actions: ReactNode;
  const planData = plan.data?.casePlan;
  if (!planData) actions = pending(plan.loading);
  else if (!planData.adopted) {
    actions = <span className="schakel-not-recorded">{t('casePage.summary.noPlan')}</span>;
  } else {
    const all = planData.adopted.goals.flatMap((goal) => goal.actions);
    const open = all.filter((a) => a.status === 'OPEN' || a.status === 'IN_PROGRESS').length;
    const overdue = all.filter((a) => a.overdue).length;
    actions = sectionLink(
      'plan',
      <>
        {t('casePage.summary.actionsOpen', { open })}
        {overdue > 0 && (
          <>
            {', '}
            <strong className="schakel-case-summary__overdue">
              {t('casePage.summary.actionsOverdue', { overdue })}
            </strong>
          </>
        )}
      </>,
    );
  }

  let cardValue: ReactNode;
  const cardView = card.data?.caseAgreedApproach;
  if (!cardView) cardValue = pending(card.loading);
  else if (cardView.access === 'WITHHELD') cardValue = <Withheld />;
  else if (!cardView.card) {
    cardValue = <span className="schakel-not-recorded">{t('casePage.summary.noCard')}</span>;
  } else {
    cardValue = (
      <ValidityBadge validity={cardView.card.validity} validUntil={cardView.card.validUntil} />
    );
  }

  const next = meetings.upcoming[0];
  let nextMeeting: ReactNode;
  if (next) {
    nextMeeting = (
      <Link to={`/overleggen/${next.meeting.id}`} className="utrecht-link utrecht-link--html-a">
        <time dateTime={next.item.startsAt}>
          {t('casePage.meetings.when', {
            date: formatDate(next.item.startsAt, locale),
            from: formatTime(next.item.startsAt),
            to: formatTime(next.item.endsAt),
          })}
        </time>
      </Link>
    );
  } else if (meetings.loading || meetings.error) {
    nextMeeting = pending(meetings.loading);
  } else {
    nextMeeting = <span className="schakel-not-recorded">{t('casePage.summary.noMeeting')}</span>;
  }

  const rows: readonly [MessageKey, ReactNode][] = [
    [
      'casePage.summary.person',
      <>
        <PersonName givenNames={person.givenNames} familyName={person.familyName} />
        {person.dateOfBirth.access !== 'WITHHELD' && person.dateOfBirth.value && (
          <>
            {' · '}
            <ProtectedText
              value={person.dateOfBirth}
              format={(value) => <time dateTime={value}>{formatDate(value, locale)}</time>}
            />
          </>
        )}
      </>,
    ],
    ['casePage.summary.status', t(`caseStatus.${caseData.status}`)],
    ['casePage.summary.casusregisseur', <CasusregisseurName caseData={caseData} />],
    ['casePage.summary.nextMeeting', nextMeeting],
    ['casePage.summary.actions', actions],
    ['casePage.summary.card', cardValue],
  ];

  return (
    <section aria-labelledby={headingId} className="schakel-case-summary">
      <Heading level={2} id={headingId} className="schakel-case-summary__heading">
        {t('casePage.summary.heading')}
      </Heading>
      <DataList className="schakel-case-summary__list">
        {rows.map(([label, value]) => (
          <DataListItem key={label} className="schakel-case-summary__item">
            <DataListKey>{t(label)}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
    </section>
  );
}
