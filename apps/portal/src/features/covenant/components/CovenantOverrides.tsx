import {
  Heading,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { levelOf } from '../utils/covenantLevel';
import type { CovenantEntry } from '../utils/covenantMatrix';

interface CovenantOverridesProps {
  overrides: readonly CovenantEntry[];
}

/** Entries for one named agency, which take precedence over its type's row. */
export function CovenantOverrides({ overrides }: CovenantOverridesProps) {
  const t = useT();
  const headingId = useId();
  if (overrides.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('covenant.overrides.heading')}
      </Heading>
      <Paragraph>{t('covenant.overrides.intro')}</Paragraph>
      <UnorderedList>
        {overrides.map((entry) => (
          <UnorderedListItem key={`${entry.agency?.id ?? ''}-${entry.category}`}>
            {t('covenant.overrides.entry', {
              agency: entry.agency?.name ?? '',
              category: t(`category.${entry.category}`),
              level: t(`covenant.level.${levelOf(entry)}`),
            })}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </section>
  );
}
