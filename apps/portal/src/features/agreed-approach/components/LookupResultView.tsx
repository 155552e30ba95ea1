import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate, formatShortDateTime } from '../../i18n/utils/formatDate';
import type { LookupResult } from '../hooks/useLookupAgreedApproach';
import { StreetConditions } from '../../supervision/components/StreetConditions';
import { AgreedApproachCardView } from './AgreedApproachCardView';

interface LookupResultViewProps {
  result: LookupResult;
  /** The id of the result's heading, which takes the focus when it appears. */
  headingId: string;
}

/** What the lookup found: the card of each person found, or how to go on without one. */
export function LookupResultView({ result, headingId }: LookupResultViewProps) {
  const { t, locale } = useI18n();
  const cards = result.cards;
  return (
    <section className="schakel-flow schakel-lookup__result" aria-labelledby={headingId}>
      <Heading level={2} id={headingId} tabIndex={-1}>
        {t('agreedApproach.lookup.resultHeading')}
      </Heading>
      {cards.length === 0 ? (
        <>
          <Paragraph>
            <strong>{t('agreedApproach.lookup.notFound')}</strong>
          </Paragraph>
          <Paragraph>{t('agreedApproach.lookup.notFoundHint')}</Paragraph>
        </>
      ) : (
        <>
          <Paragraph>{t('agreedApproach.lookup.found', { count: cards.length })}</Paragraph>
          {cards.length > 1 && <Paragraph>{t('agreedApproach.lookup.several')}</Paragraph>}
          {cards.map((card, index) => (
            <article key={index} className="schakel-flow">
              <Heading level={3} className="schakel-lookup__person">
                {t('agreedApproach.card.person', {
                  name: `${card.person.givenNames} ${card.person.familyName}`,
                  date: formatDate(card.person.dateOfBirth, locale),
                })}
              </Heading>
              <AgreedApproachCardView
                validity={card.validity}
                validUntil={card.validUntil}
                instructions={card.instructions ?? null}
                contacts={card.contacts}
                headingLevel={4}
              />
              <StreetConditions conditions={card.conditions} headingLevel={4} />
            </article>
          ))}
        </>
      )}
      <Paragraph>
        <small>
          {t('agreedApproach.lookup.logged', {
            time: formatShortDateTime(result.lookedUpAt, locale),
          })}
        </small>
      </Paragraph>
    </section>
  );
}
