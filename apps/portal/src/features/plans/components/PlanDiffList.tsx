import { useQuery } from '@apollo/client/react';
import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { PlanChangeField, PlanVersionDiffQuery } from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import type { Translate } from '../../i18n/utils/I18nContext';
import type { Locale } from '../../i18n/utils/locale';
import { PLAN_VERSION_DIFF_QUERY } from '../graphql/planHistoryQueries';

type Change = PlanVersionDiffQuery['planVersionDiff'][number];

/** A changed value as people read it: dates and life domains in words. */
function valueText(
  field: PlanChangeField | null | undefined,
  value: string | null | undefined,
  t: Translate,
  locale: Locale,
): string {
  if (value === null || value === undefined) return '';
  if (field === 'DUE_DATE') return formatDate(value, locale);
  if (field === 'LIFE_DOMAIN') {
    return t(`plan.lifeDomain.${value as Change['lifeDomain']}`);
  }
  return field === 'DESCRIPTION' || field === 'GOAL' ? `'${value}'` : value;
}

export function describeChange(change: Change, t: Translate, locale: Locale): string {
  return t(`plan.diff.${change.kind}`, {
    domain: t(`plan.lifeDomain.${change.lifeDomain}`),
    goal: change.goal,
    action: change.action ?? '',
    field: change.field ? t(`plan.diffField.${change.field}`) : '',
    from: valueText(change.field, change.from, t, locale),
    to: valueText(change.field, change.to, t, locale),
  });
}

interface PlanDiffListProps {
  caseId: string;
  from: number;
  to: number;
}

/** "Afspraak 'Schuldhulp aanvragen': deadline 1 december 2026 → 15 december 2026". */
export function PlanDiffList({ caseId, from, to }: PlanDiffListProps) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const { data, error } = useQuery(PLAN_VERSION_DIFF_QUERY, { variables: { caseId, from, to } });
  if (error) return <Paragraph role="alert">{errorMessage(errorCodeOf(error))}</Paragraph>;
  if (!data) return <Paragraph role="status">{t('plan.history.loading')}</Paragraph>;
  const changes = data.planVersionDiff;
  if (changes.length === 0) return <Paragraph>{t('plan.history.noChanges')}</Paragraph>;
  return (
    <UnorderedList>
      {changes.map((change, index) => (
        <UnorderedListItem key={index}>{describeChange(change, t, locale)}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
