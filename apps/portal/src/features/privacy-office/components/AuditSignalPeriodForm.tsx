import { Button } from '@utrecht/component-library-react';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import { SIGNAL_FIELDS, type AuditSignalsState } from '../hooks/useAuditSignals';
import { DateInput } from '../../forms/components/DateInput';

/** The period of the signals: from and to, at most 31 days. */
export function AuditSignalPeriodForm({ signals }: { signals: AuditSignalsState }) {
  const t = useT();
  const { fieldId, values } = signals;
  return (
    <form noValidate className="schakel-flow" onSubmit={signals.submit}>
      {signals.summary.length > 0 && (
        <div id={signals.summaryId} tabIndex={-1}>
          <ErrorSummary
            key={signals.attempts}
            title={t('privacyOffice.signals.notShown')}
            problems={signals.summary}
            onSelect={(target) => document.getElementById(target)?.focus()}
          />
        </div>
      )}
      <div className="schakel-privacy-filters">
        {SIGNAL_FIELDS.map((field) => (
          <LabelledField
            key={field}
            id={fieldId(field)}
            label={t(`privacyOffice.signals.${field}`)}
            error={signals.messageFor(field)}
          >
            {({ describedBy, invalid: isInvalid }) => (
              <DateInput
                label={t(`privacyOffice.signals.${field}`)}
                id={fieldId(field)}
                invalid={isInvalid}
                describedBy={describedBy}
                value={values[field]}
                onChange={(value) => signals.set(field, value)}
              />
            )}
          </LabelledField>
        ))}
      </div>
      <div>
        <Button type="submit" appearance="primary-action-button">
          {t('privacyOffice.signals.submit')}
        </Button>
      </div>
    </form>
  );
}
