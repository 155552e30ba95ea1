import { INFORMATION_CATEGORIES } from '@schakel/domain';
import { Heading } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { InformationCategorySection } from './InformationCategorySection';
import './cases.css';

interface CaseInformationProps {
  caseData: CaseDetailFieldsFragment;
  /** For example the form to add information; shown under the heading. */
  actions?: ReactNode;
}

/** Every category, in the covenant's order: what is there, a summary, or "afgeschermd". */
export function CaseInformation({ caseData, actions }: CaseInformationProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="schakel-case-information">
      <Heading level={2} id={headingId}>
        {t('information.heading')}
      </Heading>
      {actions}
      <div className="schakel-categories">
        {INFORMATION_CATEGORIES.map((category) => (
          <InformationCategorySection
            key={category}
            category={category}
            access={caseData.categoryAccess.find((entry) => entry.category === category)}
            items={caseData.informationItems.filter((item) => item.category === category)}
          />
        ))}
      </div>
    </section>
  );
}
