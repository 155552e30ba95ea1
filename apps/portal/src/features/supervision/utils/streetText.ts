import type { ConditionKind } from '../../../gql/graphql';
import type { Translate } from '../../i18n/utils/I18nContext';
import { formatDate } from '../../i18n/utils/formatDate';
import type { Locale } from '../../i18n/utils/locale';

/** "Locatieverbod: Stationsgebied Demostad tot en met 1 juni 2027": what the street needs. */
export function streetText(
  t: Translate,
  locale: Locale,
  condition: { kind: ConditionKind; subject?: string | null; endsOn?: string | null },
): string {
  const until = condition.endsOn
    ? t('supervision.until', { date: formatDate(condition.endsOn, locale) })
    : t('supervision.untilFurtherNotice');
  const kind = t(`supervision.kind.${condition.kind}`);
  return condition.subject
    ? t('supervision.street.summary', { kind, subject: condition.subject, until })
    : t('supervision.street.summaryNoSubject', { kind, until });
}
