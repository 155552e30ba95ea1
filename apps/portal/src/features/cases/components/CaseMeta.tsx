import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
} from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import type { MessageKey } from '../../i18n/messages/nl';
import { capitalize } from '../../i18n/utils/capitalize';
import { formatDate, formatShortDateTime } from '../../i18n/utils/formatDate';
import { CasusregisseurName } from './CasusregisseurName';
import './cases.css';

interface CaseMetaProps {
  caseData: CaseDetailFieldsFragment;
}

export function CaseMeta({ caseData }: CaseMetaProps) {
  const { locale, t } = useI18n();
  const headingId = useId();

  const rows: readonly [MessageKey, ReactNode][] = [
    ['case.meta.status', t(`caseStatus.${caseData.status}`)],
    ['case.meta.theme', t(`caseTheme.${caseData.theme}`)],
    ['case.meta.referringAgency', caseData.referringAgency.name],
    ['case.meta.casusregisseur', <CasusregisseurName caseData={caseData} />],
    ['case.meta.accessBasis', capitalize(t(`accessBasis.${caseData.accessBasis}`), locale)],
    [
      'case.meta.createdAt',
      <time dateTime={caseData.createdAt}>{formatDate(caseData.createdAt, locale)}</time>,
    ],
    [
      'case.meta.updatedAt',
      <time dateTime={caseData.updatedAt}>{formatShortDateTime(caseData.updatedAt, locale)}</time>,
    ],
  ];

  return (
    <section aria-labelledby={headingId} className="schakel-case-panel">
      <Heading level={2} id={headingId}>
        {t('case.meta.heading')}
      </Heading>
      <DataList appearance="rows" className="schakel-case-data">
        {rows.map(([label, value]) => (
          <DataListItem key={label}>
            <DataListKey>{t(label)}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
    </section>
  );
}
