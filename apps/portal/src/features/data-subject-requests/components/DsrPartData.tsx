import type { InformationCategory } from '@schakel/domain';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import type { DsrPartReview } from '../hooks/useDataSubjectRequestPartReview';

type Review = NonNullable<DsrPartReview['review']>;

/** The own agency's data on the person: participations, information items and plan actions. */
export function DsrPartData({ review }: { review: Review }) {
  const { t, locale } = useI18n();
  return (
    <>
      <section aria-labelledby="dsr-part-cases" className="schakel-flow">
        <Heading level={2} id="dsr-part-cases">
          {t('dsrPart.participations')}
        </Heading>
        {review.participations.length === 0 ? (
          <Paragraph>{t('dsrPart.none')}</Paragraph>
        ) : (
          <ul>
            {review.participations.map((p) => (
              <li key={`${p.caseReference}-${p.from}-${p.role}`}>
                {t('dsrPart.participation', {
                  reference: p.caseReference,
                  role: t(`participantRole.${p.role}` as 'participantRole.PARTNER'),
                  from: formatDate(p.from, locale),
                  until: p.until ? formatDate(p.until, locale) : t('dsrPart.ongoing'),
                  basis: p.legalBasis,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="dsr-part-items" className="schakel-flow">
        <Heading level={2} id="dsr-part-items">
          {t('dsrPart.items')}
        </Heading>
        {review.items.length === 0 ? (
          <Paragraph>{t('dsrPart.none')}</Paragraph>
        ) : (
          <ul className="schakel-dsr__items">
            {review.items.map((item, index) => (
              <li key={index}>
                <strong>
                  {t(`category.${item.category as InformationCategory}`)} –{' '}
                  {formatDate(item.date, locale)} – {item.caseReference}
                </strong>
                <br />
                {item.text}
                <br />
                <small>{t('dsrPart.legalBasis', { basis: item.legalBasis })}</small>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="dsr-part-actions" className="schakel-flow">
        <Heading level={2} id="dsr-part-actions">
          {t('dsrPart.planActions')}
        </Heading>
        {review.planActions.length === 0 ? (
          <Paragraph>{t('dsrPart.none')}</Paragraph>
        ) : (
          <ul>
            {review.planActions.map((a, index) => (
              <li key={index}>
                {`${a.caseReference} – ${a.description} (${formatDate(a.dueDate, locale)})`}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
