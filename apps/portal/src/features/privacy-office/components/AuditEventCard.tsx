import {
  Button,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/hooks/useI18n';
import type { MessageKey } from '../../i18n/messages/nl';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import type { AuditEventItem } from '../utils/groupAuditEvents';
import { roleMessage } from '../utils/operationLabel';

export type { AuditEventItem } from '../utils/groupAuditEvents';

interface AuditEventCardProps {
  event: AuditEventItem;
  /** Narrows the search to one person of this event. */
  onPerson: (personId: string) => void;
}

const BASES = ['covenant', 'consent', 'conflict_of_duties', 'break_glass', 'role'] as const;
const isBasis = (value: string): value is (typeof BASES)[number] =>
  (BASES as readonly string[]).includes(value);
const CATEGORIES = [
  'IDENTITY',
  'BSN',
  'POLICE',
  'JUSTICE',
  'PROBATION',
  'CARE',
  'CARE_SIGNAL',
  'SOCIAL',
  'SAFETY',
  'PLAN',
] as const;
const isCategory = (value: string): value is (typeof CATEGORIES)[number] =>
  (CATEGORIES as readonly string[]).includes(value);

/** Dutch labels for category codes; "CARE:SUMMARY" (only the shareable summary) keeps its note. */
export function useCategoryLabels() {
  const { t } = useI18n();
  return (codes: readonly string[]): string =>
    codes
      .map((code) => {
        const [category, part] = code.split(':');
        const name = category && isCategory(category) ? t(`category.${category}`) : code;
        return part ? `${name} (${t('privacyOffice.event.summaryOnly')})` : name;
      })
      .join(', ');
}

/**
 * One event's details, in words: who, as which role, on which legal ground, why, about whom;
 * the technical fields (access path, request id, origin, position in the chain) on demand.
 */
export function AuditEventCard({ event, onPerson }: AuditEventCardProps) {
  const { t, locale } = useI18n();
  const categoryLabels = useCategoryLabels();
  const none = t('privacyOffice.event.none');
  const roles = event.roles.map((r) => {
    const key = roleMessage(r);
    return key ? t(key) : r;
  });
  const rows: [MessageKey, ReactNode][] = [];
  if (event.actor?.email) rows.push(['privacyOffice.event.actor', event.actor.email]);
  rows.push(['privacyOffice.event.roles', roles.length ? roles.join(', ') : none]);
  if (event.onBehalfOf) {
    rows.push([
      'privacyOffice.event.onBehalfOf',
      event.onBehalfOf.name ?? t('privacyOffice.event.unknownUser', { id: event.onBehalfOf.id }),
    ]);
  }
  rows.push(['privacyOffice.event.result', t(`privacyOffice.result.${event.result}`)]);
  if (event.caseId) {
    rows.push([
      'privacyOffice.event.case',
      event.caseReference ?? t('privacyOffice.event.caseGone'),
    ]);
  }
  if (event.recordName) rows.push(['privacyOffice.event.record', event.recordName]);
  rows.push([
    'privacyOffice.event.categories',
    event.categories.length ? categoryLabels(event.categories) : none,
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
  const technical: [MessageKey, ReactNode][] = [
    ['privacyOffice.event.operationCode', <code key="op">{event.operation}</code>],
    ['privacyOffice.event.origin', event.originAddress ?? none],
    ['privacyOffice.event.requestId', event.requestId ?? none],
    ['privacyOffice.event.seq', event.seq],
  ];

  return (
    <>
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
            {event.persons.length === 0 ? (
              none
            ) : (
              <ul className="schakel-privacy-ids">
                {event.persons.map((p) => (
                  <li key={p.id}>
                    <Button appearance="subtle-button" onClick={() => onPerson(p.id)}>
                      {p.name
                        ? t('privacyOffice.event.personFilterNamed', { name: p.name })
                        : t('privacyOffice.event.personFilter', { id: p.id })}
                    </Button>
                    {!p.name && <> ({t('privacyOffice.event.personGone')})</>}
                  </li>
                ))}
              </ul>
            )}
          </DataListValue>
        </DataListItem>
      </DataList>
      <details className="schakel-privacy-technical">
        <summary>{t('privacyOffice.event.technical')}</summary>
        <DataList appearance="rows">
          {technical.map(([label, value]) => (
            <DataListItem key={label}>
              <DataListKey>{t(label)}</DataListKey>
              <DataListValue>{value}</DataListValue>
            </DataListItem>
          ))}
        </DataList>
      </details>
    </>
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
