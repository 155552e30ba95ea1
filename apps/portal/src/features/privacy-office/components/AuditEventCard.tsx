import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import type { AuditEventsQuery } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import type { MessageKey } from '../../i18n/messages/nl';
import { formatShortDateTime } from '../../i18n/utils/formatDate';

export type AuditEventItem = AuditEventsQuery['auditEvents']['items'][number];

interface AuditEventCardProps {
  event: AuditEventItem;
  /** Narrows the search to one person of this event. */
  onPerson: (personId: string) => void;
}

const BASES = ['covenant', 'consent', 'conflict_of_duties', 'break_glass', 'role'] as const;
const isBasis = (value: string): value is (typeof BASES)[number] =>
  (BASES as readonly string[]).includes(value);

/** One event of the trail as a card: readable on a phone, every field labelled. */
export function AuditEventCard({ event, onPerson }: AuditEventCardProps) {
  const { t, locale } = useI18n();
  const none = t('privacyOffice.event.none');
  const actor = event.actor
    ? event.actor.name
      ? `${event.actor.name} (${event.actor.email ?? event.actor.id})`
      : t('privacyOffice.event.unknownUser', { id: event.actor.id })
    : t('privacyOffice.event.system');
  const rows: [MessageKey, ReactNode][] = [
    ['privacyOffice.event.actor', actor],
    ['privacyOffice.event.agency', event.agency?.name ?? none],
    ['privacyOffice.event.roles', event.roles.length ? event.roles.join(', ') : none],
  ];
  if (event.onBehalfOf) {
    rows.push([
      'privacyOffice.event.onBehalfOf',
      event.onBehalfOf.name ?? t('privacyOffice.event.unknownUser', { id: event.onBehalfOf.id }),
    ]);
  }
  rows.push(
    ['privacyOffice.event.result', t(`privacyOffice.result.${event.result}`)],
    ['privacyOffice.event.operation', <code key="op">{event.operation}</code>],
  );
  if (event.caseId) {
    rows.push([
      'privacyOffice.event.case',
      event.caseReference ?? t('privacyOffice.event.caseGone'),
    ]);
  }
  rows.push([
    'privacyOffice.event.categories',
    event.categories.length ? event.categories.join(', ') : none,
  ]);
  if (event.purpose) rows.push(['privacyOffice.event.purpose', event.purpose]);
  if (event.accessBasis) {
    rows.push([
      'privacyOffice.event.accessBasis',
      isBasis(event.accessBasis)
        ? t(`privacyOffice.basis.${event.accessBasis}`)
        : event.accessBasis,
    ]);
  }
  if (event.reasonCode) rows.push(['privacyOffice.event.reasonCode', event.reasonCode]);
  if (event.detail) rows.push(['privacyOffice.event.detail', formatDetail(event.detail, t)]);
  if (event.action === 'BREAK_GLASS') {
    rows.push([
      'privacyOffice.event.review',
      event.review
        ? t('privacyOffice.event.reviewText', {
            verdict: t(`privacyOffice.verdict.${event.review.verdict}`),
            name: event.review.reviewer.name ?? event.review.reviewer.id,
            date: formatShortDateTime(event.review.reviewedAt, locale),
            note: event.review.note,
          })
        : t('privacyOffice.event.notReviewed'),
    ]);
  }
  rows.push(
    ['privacyOffice.event.origin', event.originAddress ?? none],
    ['privacyOffice.event.requestId', event.requestId ?? none],
    ['privacyOffice.event.seq', event.seq],
  );

  return (
    <article
      className={`schakel-privacy-card${event.result === 'DENIED' ? ' schakel-privacy-card--denied' : ''}`}
    >
      <Heading level={3}>
        {t('privacyOffice.event.heading', {
          action: t(`privacyOffice.action.${event.action}`),
          time: formatShortDateTime(event.occurredAt, locale),
        })}
      </Heading>
      <DataList appearance="rows">
        {rows.map(([label, value]) => (
          <DataListItem key={label}>
            <DataListKey>{t(label)}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
        <DataListItem>
          <DataListKey>
            {t('privacyOffice.event.persons', { count: event.personCount })}
          </DataListKey>
          <DataListValue>
            {event.personIds.length === 0 ? (
              none
            ) : (
              <ul className="schakel-privacy-ids">
                {event.personIds.map((id) => (
                  <li key={id}>
                    <Button appearance="subtle-button" onClick={() => onPerson(id)}>
                      {t('privacyOffice.event.personFilter', { id })}
                    </Button>
                  </li>
                ))}
              </ul>
            )}
          </DataListValue>
        </DataListItem>
      </DataList>
    </article>
  );
}

/** Before/after of a change as the trail holds it: "Vóór: {…} · Na: {…}". */
function formatDetail(
  text: string,
  t: (key: 'privacyOffice.event.before' | 'privacyOffice.event.after') => string,
): string {
  try {
    const { before, after } = JSON.parse(text) as { before?: unknown; after?: unknown };
    const parts: string[] = [];
    if (before !== undefined)
      parts.push(`${t('privacyOffice.event.before')}: ${JSON.stringify(before)}`);
    if (after !== undefined)
      parts.push(`${t('privacyOffice.event.after')}: ${JSON.stringify(after)}`);
    return parts.join(' · ');
  } catch {
    return text;
  }
}
