import type { InformationCategory } from '@schakel/domain';
import { Button, Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { useOlderInformationItems } from '../hooks/useOlderInformationItems';
import { InformationItemEntry } from './InformationItemEntry';
import { Withheld } from './Withheld';
import './cases.css';

type CategoryAccess = CaseDetailFieldsFragment['categoryAccess'][number];
type Item = CaseDetailFieldsFragment['informationItems'][number];

interface InformationCategorySectionProps {
  caseId: string;
  category: InformationCategory;
  /** What the viewer may see of this category in this case; absent counts as withheld. */
  access: CategoryAccess | undefined;
  /** The newest items of the category, as the case returned them. */
  items: readonly Item[];
  /** How many items of the category the viewer may see in all (the API's count). */
  total: number;
  /** Older items can be loaded (not in a "view as" preview, which loads as another agency). */
  canLoadOlder: boolean;
}

export function InformationCategorySection({
  caseId,
  category,
  access,
  items: newest,
  total,
  canLoadOlder,
}: InformationCategorySectionProps) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const noticeId = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const older = useOlderInformationItems(caseId, category, newest);
  const { items, lastLoaded } = older;
  const level = access?.access ?? 'WITHHELD';
  const basis = access?.accessBasis;
  const hasOlder = items.length < total && !older.exhausted;

  // When the last page is in, the button goes away: keep keyboard focus on what was announced.
  useEffect(() => {
    if (lastLoaded !== null && !hasOlder) statusRef.current?.focus();
  }, [lastLoaded, hasOlder]);

  let body;
  if (items.length > 0) {
    body = (
      <ul className="schakel-items">
        {items.map((item) => (
          <li key={item.id}>
            <InformationItemEntry item={item} />
          </li>
        ))}
      </ul>
    );
  } else if (level === 'WITHHELD') {
    // Says that the category is closed to the viewer, without saying whether anything is in it.
    body = (
      <Paragraph>
        <Withheld />
      </Paragraph>
    );
  } else {
    body = (
      <Paragraph className="schakel-not-recorded">
        {t(level === 'SUMMARY' ? 'information.emptySummary' : 'information.empty')}
      </Paragraph>
    );
  }

  let status = '';
  if (older.failure) {
    status = t('information.older.failed', { reason: errorMessage(older.failure) });
  } else if (older.loading) {
    status = t('information.older.loading');
  } else if (lastLoaded !== null) {
    status = t('information.older.loaded', { count: lastLoaded, shown: items.length, total });
  }

  return (
    <section aria-labelledby={headingId} className="schakel-category" data-category={category}>
      <Heading level={3} id={headingId}>
        {t(`category.${category}`)}
      </Heading>
      {level === 'SUMMARY' && <Paragraph small>{t('information.summaryOnly')}</Paragraph>}
      {level !== 'WITHHELD' && basis && basis !== 'COVENANT' && (
        <Paragraph small>{t('information.basis', { basis: t(`accessBasis.${basis}`) })}</Paragraph>
      )}
      {body}
      {hasOlder && (
        <div className="schakel-older">
          <Paragraph id={noticeId}>
            {t(canLoadOlder ? 'information.older.notice' : 'information.older.noticePreview', {
              shown: items.length,
              total,
            })}
          </Paragraph>
          {canLoadOlder && (
            <Button
              type="button"
              appearance="secondary-action-button"
              busy={older.loading}
              aria-describedby={noticeId}
              onClick={() => void older.loadOlder()}
            >
              {t('information.older.load')}
            </Button>
          )}
        </div>
      )}
      {/* The live region is always there, so screen readers announce what a click loaded. */}
      <div aria-live="polite">
        {status && (
          <Paragraph role="status" ref={statusRef} tabIndex={-1} small>
            {status}
          </Paragraph>
        )}
      </div>
    </section>
  );
}
