import { Paragraph, StatusBadge } from '@utrecht/component-library-react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import './cases.css';

type Item = CaseDetailFieldsFragment['informationItems'][number];

interface InformationItemEntryProps {
  item: Item;
}

/** One piece of information: who recorded it, on what basis, when, and what the viewer may see. */
export function InformationItemEntry({ item }: InformationItemEntryProps) {
  const { locale, t } = useI18n();
  return (
    <article className="schakel-item">
      <dl className="schakel-item__meta">
        <div>
          <dt>{t('information.source')}</dt>
          <dd>{item.sourceAgency.name}</dd>
        </div>
        <div>
          <dt>{t('information.legalBasis')}</dt>
          <dd>{item.legalBasis}</dd>
        </div>
        <div>
          <dt>{t('information.date')}</dt>
          <dd>
            <time dateTime={item.createdAt}>{formatDate(item.createdAt, locale)}</time>
          </dd>
        </div>
      </dl>
      {item.access === 'SUMMARY' ? (
        <Paragraph className="schakel-item__text">
          <StatusBadge status="neutral" className="schakel-item__summary-label">
            {t('information.summaryLabel')}
          </StatusBadge>
          <span className="schakel-visually-hidden">: </span> {item.summary}
        </Paragraph>
      ) : (
        <>
          <Paragraph className="schakel-item__text">{item.text}</Paragraph>
          {item.summary && (
            <Paragraph small className="schakel-item__shareable">
              {t('information.shareableSummary')}: {item.summary}
            </Paragraph>
          )}
        </>
      )}
      {item.accessBasis !== 'COVENANT' && (
        <Paragraph small className="schakel-item__basis">
          {t('information.basis', { basis: t(`accessBasis.${item.accessBasis}`) })}
        </Paragraph>
      )}
    </article>
  );
}
