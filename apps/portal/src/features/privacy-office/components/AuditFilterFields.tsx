import { useQuery } from '@apollo/client/react';
import { Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import type { AuditResult } from '../../../gql/graphql';
import { DateInput } from '../../forms/components/DateInput';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';
import { PRIVACY_OFFICE_AGENCIES_QUERY } from '../graphql/privacyOfficeDocuments';
import { AUDIT_TEXT_FIELDS, type AuditTrailSearchState } from '../hooks/useAuditTrailSearch';
import { AUDIT_RESULTS, type AuditFilterField } from '../utils/auditFilter';

const LABELS: Record<AuditFilterField, MessageKey> = {
  bsn: 'privacyOffice.filter.bsn',
  user: 'privacyOffice.filter.user',
  caseReference: 'privacyOffice.filter.caseReference',
  from: 'privacyOffice.filter.from',
  to: 'privacyOffice.filter.to',
};
const HINTS: Partial<Record<AuditFilterField, MessageKey>> = {
  bsn: 'privacyOffice.filter.bsnHint',
  user: 'privacyOffice.filter.userHint',
  caseReference: 'privacyOffice.filter.caseReferenceHint',
  from: 'privacyOffice.filter.periodHint',
  to: 'privacyOffice.filter.periodHint',
};

/** The trail filter's text fields, partner and result. */
export function AuditFilterFields({ search }: { search: AuditTrailSearchState }) {
  const t = useT();
  const agencies = useQuery(PRIVACY_OFFICE_AGENCIES_QUERY);
  const { fieldId, values } = search;
  return (
    <div className="schakel-privacy-filters">
      {AUDIT_TEXT_FIELDS.map((field) => {
        const hint = HINTS[field];
        return (
          <LabelledField
            key={field}
            id={fieldId(field)}
            label={t(LABELS[field])}
            description={hint ? t(hint) : undefined}
            error={search.messageFor(field)}
          >
            {({ describedBy, invalid: isInvalid }) =>
              field === 'from' || field === 'to' ? (
                <DateInput
                  id={fieldId(field)}
                  name={field}
                  label={t(LABELS[field])}
                  invalid={isInvalid}
                  describedBy={describedBy}
                  value={values[field]}
                  onChange={(value) => search.set(field, value)}
                />
              ) : (
                <Textbox
                  id={fieldId(field)}
                  name={field}
                  inputMode={field === 'bsn' ? 'numeric' : undefined}
                  autoComplete="off"
                  invalid={isInvalid}
                  aria-describedby={describedBy}
                  value={values[field]}
                  onChange={(event) => search.set(field, event.target.value)}
                />
              )
            }
          </LabelledField>
        );
      })}
      <LabelledField id={fieldId('agency')} label={t('privacyOffice.filter.agency')}>
        {() => (
          <Select
            id={fieldId('agency')}
            value={values.agencyId}
            onChange={(event) => search.set('agencyId', event.target.value)}
          >
            <SelectOption value="">{t('privacyOffice.filter.agencyAll')}</SelectOption>
            {(agencies.data?.agencies ?? []).map((agency) => (
              <SelectOption key={agency.id} value={agency.id}>
                {agency.name}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <LabelledField id={fieldId('result')} label={t('privacyOffice.filter.result')}>
        {() => (
          <Select
            id={fieldId('result')}
            value={values.result}
            onChange={(event) => search.set('result', event.target.value as AuditResult | '')}
          >
            <SelectOption value="">{t('privacyOffice.filter.resultAll')}</SelectOption>
            {AUDIT_RESULTS.map((result) => (
              <SelectOption key={result} value={result}>
                {t(`privacyOffice.result.${result}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
    </div>
  );
}
