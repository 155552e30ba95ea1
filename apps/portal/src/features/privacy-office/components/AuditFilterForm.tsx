import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading,
  Paragraph,
} from '@utrecht/component-library-react';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { useT } from '../../i18n/hooks/useT';
import type { AuditTrailSearchState } from '../hooks/useAuditTrailSearch';
import { AUDIT_ACTIONS } from '../utils/auditFilter';
import { AuditFilterFields } from './AuditFilterFields';

/** The trail filter: the chosen person, the fields, the kinds of action and the buttons. */
export function AuditFilterForm({ search }: { search: AuditTrailSearchState }) {
  const t = useT();
  const { fieldId, values } = search;
  return (
    <form noValidate className="schakel-flow" onSubmit={search.submit}>
      <Heading level={2}>{t('privacyOffice.filter.heading')}</Heading>
      {(search.summary.length > 0 || search.failure) && (
        <div id={search.summaryId} tabIndex={-1}>
          <ErrorSummary
            key={search.attempts}
            title={t('privacyOffice.filter.notSearched')}
            failure={search.failure}
            problems={search.summary}
            onSelect={(target) => document.getElementById(target)?.focus()}
          />
        </div>
      )}
      {search.personLabel && (
        <div className="schakel-privacy-person">
          <Paragraph>{t('privacyOffice.filter.person', { name: search.personLabel })}</Paragraph>
          <Button appearance="secondary-action-button" onClick={search.clearPerson}>
            {t('privacyOffice.filter.clearPerson')}
          </Button>
        </div>
      )}
      <AuditFilterFields search={search} />
      <Fieldset>
        <FieldsetLegend>{t('privacyOffice.filter.actions')}</FieldsetLegend>
        <div className="schakel-privacy-choices">
          {AUDIT_ACTIONS.map((action) => (
            <div key={action} className="schakel-privacy-choice">
              <Checkbox
                id={fieldId(`action-${action}`)}
                checked={values.actions.includes(action)}
                onChange={(event) => search.toggleAction(action, event.target.checked)}
              />
              <FormLabel htmlFor={fieldId(`action-${action}`)} type="checkbox">
                {t(`privacyOffice.action.${action}`)}
              </FormLabel>
            </div>
          ))}
        </div>
      </Fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={search.looking}>
          {t('privacyOffice.filter.submit')}
        </Button>
        <Button appearance="secondary-action-button" onClick={search.reset}>
          {t('privacyOffice.filter.reset')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
