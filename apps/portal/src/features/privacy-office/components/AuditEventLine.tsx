import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import type { AuditEventGroup, AuditEventItem } from '../utils/groupAuditEvents';
import { operationMessage } from '../utils/operationLabel';
import { AuditEventCard, useCategoryLabels } from './AuditEventCard';

interface AuditEventLineProps {
  group: AuditEventGroup;
  onPerson: (personId: string) => void;
}

/** Persons named on a line before "en N anderen". */
const NAMED_PERSONS = 3;

/** "Dossier bekeken" for an access path; "Overige handeling (Inzien)" for one without a label. */
export function useOperationLabel() {
  const { t } = useI18n();
  return (event: AuditEventItem): string => {
    const key = operationMessage(event.operation);
    const what = key ? t(key) : null;
    if (event.result === 'DENIED') {
      if (event.action === 'LOGIN') return t('privacyOffice.op.loginDenied');
      if (event.action !== 'DENIED' && what) return t('privacyOffice.op.denied', { what });
      return `${t('privacyOffice.action.DENIED')}: ${what ?? t(`privacyOffice.action.${event.action}`)}`;
    }
    return (
      what ?? t('privacyOffice.op.other', { action: t(`privacyOffice.action.${event.action}`) })
    );
  };
}

/**
 * One line of the trail: one page view (the events of one user within seconds, about one case)
 * or one event standing alone. Who, what and about whom in words; the events unfold on demand.
 */
export function AuditEventLine({ group, onPerson }: AuditEventLineProps) {
  const { t, locale } = useI18n();
  const label = useOperationLabel();
  const categoryLabels = useCategoryLabels();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { main, events } = group;
  const single = events.length === 1;
  const actor = main.actor
    ? (main.actor.name ?? t('privacyOffice.event.unknownUser', { id: main.actor.id }))
    : t('privacyOffice.event.system');
  const named = group.persons
    .slice(0, NAMED_PERSONS)
    .map((p) => p.name ?? t('privacyOffice.event.personGone'));
  const rest = group.persons.length - named.length;
  const persons =
    group.persons.length === 0
      ? null
      : t('privacyOffice.event.aboutPersons', {
          names:
            rest > 0
              ? t('privacyOffice.event.morePersons', { names: named.join(', '), count: rest })
              : named.join(', '),
        });
  const from = formatShortDateTime(group.oldest, locale);
  const to = formatShortDateTime(group.newest, locale);
  // "5 dec 2026 12:24–12:25" within one day: the date once.
  const sameDay = from.slice(0, from.lastIndexOf(' ')) === to.slice(0, to.lastIndexOf(' '));
  const when =
    single || from === to
      ? to
      : t('privacyOffice.group.span', {
          from,
          to: sameDay ? to.slice(to.lastIndexOf(' ') + 1) : to,
        });
  const facts = [
    main.caseId
      ? `${t('privacyOffice.event.case')} ${main.caseReference ?? t('privacyOffice.event.caseGone')}`
      : null,
    persons,
    group.categories.length ? categoryLabels(group.categories) : null,
    single ? null : t('privacyOffice.group.count', { count: events.length }),
  ].filter(Boolean);
  const denied = events.some((e) => e.result === 'DENIED');

  return (
    <article className={`schakel-privacy-card${denied ? ' schakel-privacy-card--denied' : ''}`}>
      <Heading level={3}>
        {t('privacyOffice.event.eventHeading', { label: label(main), time: when })}
      </Heading>
      <Paragraph>
        <strong>{actor}</strong>
        {main.agency?.name ? ` (${main.agency.name})` : ''}
      </Paragraph>
      {facts.length > 0 && <Paragraph>{facts.join(' · ')}</Paragraph>}
      {single ? (
        <AuditEventCard event={main} onPerson={onPerson} />
      ) : (
        <>
          <Button
            appearance="secondary-action-button"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen((o) => !o)}
          >
            {t(open ? 'privacyOffice.group.hide' : 'privacyOffice.group.show', {
              count: events.length,
            })}
          </Button>
          <ol id={listId} hidden={!open} className="schakel-privacy-group">
            {open &&
              events.map((event) => (
                <li key={event.id}>
                  <Heading level={4}>
                    {t('privacyOffice.event.eventHeading', {
                      label: label(event),
                      time: formatShortDateTime(event.occurredAt, locale),
                    })}
                  </Heading>
                  {event.categories.length > 0 && (
                    <Paragraph>{categoryLabels(event.categories)}</Paragraph>
                  )}
                  <details className="schakel-privacy-technical">
                    <summary>{t('privacyOffice.group.details')}</summary>
                    <AuditEventCard event={event} onPerson={onPerson} />
                  </details>
                </li>
              ))}
          </ol>
        </>
      )}
    </article>
  );
}
