import type { InformationCategory } from '@schakel/domain';
import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { InformationItemEntry } from './InformationItemEntry';
import { Withheld } from './Withheld';
import './cases.css';

type CategoryAccess = CaseDetailFieldsFragment['categoryAccess'][number];
type Item = CaseDetailFieldsFragment['informationItems'][number];

interface InformationCategorySectionProps {
  category: InformationCategory;
  /** What the viewer may see of this category in this case; absent counts as withheld. */
  access: CategoryAccess | undefined;
  items: readonly Item[];
}

export function InformationCategorySection({
  category,
  access,
  items,
}: InformationCategorySectionProps) {
  const t = useT();
  const headingId = useId();
  const level = access?.access ?? 'WITHHELD';
  const basis = access?.accessBasis;

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
    </section>
  );
}
