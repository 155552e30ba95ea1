import { Alert, Button, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { InformationItemChangeForm } from './InformationItemChangeForm';
import './cases.css';

type Item = CaseDetailFieldsFragment['informationItems'][number];

interface InformationItemEntryProps {
  item: Item;
}

/**
 * One piece of information: who recorded it, on what basis, when, and what the viewer may see.
 * Its source agency gets, on demand, the controls to correct or erase it (AVG art. 16/17).
 */
export function InformationItemEntry({ item }: InformationItemEntryProps) {
  const { locale, t } = useI18n();
  const [changing, setChanging] = useState(false);
  const [erased, setErased] = useState(false);
  const openRef = useRef<HTMLButtonElement>(null);
  const erasedRef = useRef<HTMLDivElement>(null);
  const close = useCallback(() => {
    setChanging(false);
    // Back to the button that opened the form.
    requestAnimationFrame(() => openRef.current?.focus());
  }, []);
  const onErased = useCallback(() => setErased(true), []);
  useEffect(() => {
    if (erased) erasedRef.current?.focus();
  }, [erased]);

  if (erased) {
    return (
      <div className="schakel-item" ref={erasedRef} tabIndex={-1} role="status">
        <Alert type="ok" role="none">
          <Paragraph>{t('itemChange.erased')}</Paragraph>
        </Alert>
      </div>
    );
  }
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
      {item.rectifiedAt && (
        <Paragraph small className="schakel-item__rectified">
          {t('itemChange.rectifiedOn', { date: formatDate(item.rectifiedAt, locale) })}
        </Paragraph>
      )}
      {item.accessBasis !== 'COVENANT' && (
        <Paragraph small className="schakel-item__basis">
          {t('information.basis', { basis: t(`accessBasis.${item.accessBasis}`) })}
        </Paragraph>
      )}
      {item.mayChange &&
        (changing ? (
          <InformationItemChangeForm item={item} onClose={close} onErased={onErased} />
        ) : (
          <div>
            <Button
              ref={openRef}
              type="button"
              appearance="secondary-action-button"
              aria-expanded={false}
              onClick={() => setChanging(true)}
            >
              {t('itemChange.open')}
            </Button>
          </div>
        ))}
    </article>
  );
}
