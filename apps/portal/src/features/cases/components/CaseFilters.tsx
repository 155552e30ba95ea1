import { CASE_STATUSES, type CaseStatus } from '@schakel/domain';
import {
  Button,
  Fieldset,
  FieldsetLegend,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useId, useState, type FormEvent } from 'react';
import type { CaseTheme } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';
import { LabelledField } from '../../forms/components/LabelledField';
import { CASE_THEMES } from '../utils/caseEnums';
import { hasFilters, type CaseListParams } from '../utils/caseListParams';
import './cases.css';

interface CaseFiltersProps {
  params: CaseListParams;
  /** Applies the filters, starting again at the first page. */
  onApply: (params: CaseListParams) => void;
}

/**
 * Status and theme filters. Applied with a button, not on change, so choosing with the arrow keys
 * does not reload the list at every step.
 */
export function CaseFilters({ params, onApply }: CaseFiltersProps) {
  const t = useT();
  const id = useId();
  const [status, setStatus] = useState<string>(params.status ?? '');
  const [theme, setTheme] = useState<string>(params.theme ?? '');

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply({
      status: (status || null) as CaseStatus | null,
      theme: (theme || null) as CaseTheme | null,
      cursors: [],
    });
  }

  return (
    <form className="schakel-case-filters" onSubmit={handleSubmit}>
      <Fieldset>
        <FieldsetLegend>{t('cases.filters.heading')}</FieldsetLegend>
        <div className="schakel-case-filters__fields">
          <LabelledField id={`${id}-status`} label={t('cases.filters.status')}>
            {() => (
              <Select
                id={`${id}-status`}
                name="status"
                value={status}
                onChange={(event) => setStatus(event.target.value)}
              >
                <SelectOption value="">{t('cases.filters.allStatuses')}</SelectOption>
                {CASE_STATUSES.map((value) => (
                  <SelectOption key={value} value={value}>
                    {t(`caseStatus.${value}`)}
                  </SelectOption>
                ))}
              </Select>
            )}
          </LabelledField>
          <LabelledField id={`${id}-theme`} label={t('cases.filters.theme')}>
            {() => (
              <Select
                id={`${id}-theme`}
                name="thema"
                value={theme}
                onChange={(event) => setTheme(event.target.value)}
              >
                <SelectOption value="">{t('cases.filters.allThemes')}</SelectOption>
                {CASE_THEMES.map((value) => (
                  <SelectOption key={value} value={value}>
                    {t(`caseTheme.${value}`)}
                  </SelectOption>
                ))}
              </Select>
            )}
          </LabelledField>
          <div className="schakel-case-filters__actions">
            <Button type="submit" appearance="secondary-action-button">
              {t('cases.filters.apply')}
            </Button>
            {hasFilters(params) && (
              <RouterLink to="/dossiers">{t('cases.filters.clear')}</RouterLink>
            )}
          </div>
        </div>
      </Fieldset>
    </form>
  );
}
