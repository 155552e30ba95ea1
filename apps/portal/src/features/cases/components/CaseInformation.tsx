import { INFORMATION_CATEGORIES, type InformationCategory } from '@schakel/domain';
import { Heading } from '@utrecht/component-library-react';
import { useId, useMemo, type ReactNode } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { InformationCategorySection } from './InformationCategorySection';
import './cases.css';

type Item = CaseDetailFieldsFragment['informationItems'][number];

const NONE: readonly Item[] = [];

interface CaseInformationProps {
  caseData: CaseDetailFieldsFragment;
  /** For example the form to add information; shown under the heading. */
  actions?: ReactNode;
}

/** Every category, in the covenant's order: what is there, a summary, or "afgeschermd". */
export function CaseInformation({ caseData, actions }: CaseInformationProps) {
  const t = useT();
  const headingId = useId();
  // Grouped for display only: the API already returned just what the viewer may see. One stable
  // array per category, so a section's older pages are not merged again on every render.
  const itemsByCategory = useMemo(() => {
    const groups = new Map<InformationCategory, Item[]>();
    for (const item of caseData.informationItems) {
      const group = groups.get(item.category);
      if (group) group.push(item);
      else groups.set(item.category, [item]);
    }
    return groups;
  }, [caseData.informationItems]);
  return (
    <section aria-labelledby={headingId} className="schakel-case-information">
      <Heading level={2} id={headingId}>
        {t('information.heading')}
      </Heading>
      {actions}
      <div className="schakel-categories">
        {INFORMATION_CATEGORIES.map((category) => (
          <InformationCategorySection
            // A new key per case: older pages loaded for one case never show under another.
            key={`${caseData.id}:${category}`}
            caseId={caseData.id}
            category={category}
            access={caseData.categoryAccess.find((entry) => entry.category === category)}
            items={itemsByCategory.get(category) ?? NONE}
            total={
              caseData.informationItemCounts.find((entry) => entry.category === category)?.count ??
              0
            }
            canLoadOlder={!caseData.viewedAs}
          />
        ))}
      </div>
    </section>
  );
}
