import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import type { CaseAsAgencyQuery } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { PreviewContent } from './PreviewContent';
import { PreviewShape } from './PreviewShape';
import './cases.css';

interface CasePreviewPersonProps {
  fields: CaseAsAgencyQuery['caseAsAgency']['subject'];
  agency: string;
}

/** The person's fields in a preview: per field what the agency would get, and what you see. */
export function CasePreviewPerson({ fields, agency }: CasePreviewPersonProps) {
  const { locale, t } = useI18n();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="schakel-case-panel">
      <Heading level={2} id={headingId}>
        {t('viewAs.person.heading')}
      </Heading>
      <DataList appearance="rows" className="schakel-case-data">
        {fields.map((field) => (
          <DataListItem key={field.field}>
            <DataListKey>{t(`viewAs.field.${field.field}`)}</DataListKey>
            <DataListValue>
              <span className="schakel-preview-value">
                <PreviewContent marked={field} agency={agency}>
                  {field.value === null ? (
                    <span className="schakel-not-recorded">{t('protected.notRecorded')}</span>
                  ) : field.field === 'DATE_OF_BIRTH' ? (
                    <time dateTime={field.value}>{formatDate(field.value, locale)}</time>
                  ) : (
                    field.value
                  )}
                </PreviewContent>
                <PreviewShape marked={field} agency={agency} />
              </span>
            </DataListValue>
          </DataListItem>
        ))}
      </DataList>
    </section>
  );
}
