import type { Translate } from '../../i18n/utils/I18nContext';
import type { ScoreMomentView } from './lifeDomainScores';

type T = Translate;

/** "Intake", "Plan versie 2", "Afsluiting". */
export function momentLabel(t: T, moment: Pick<ScoreMomentView, 'moment' | 'planVersionNumber'>) {
  return moment.moment === 'PLAN'
    ? t('lifeDomains.moment.PLAN', { number: moment.planVersionNumber ?? 0 })
    : t(`lifeDomains.moment.${moment.moment}`);
}

/** "Intake", "Plan 2", "Afsluiting": for the chart's axis. */
export function momentShortLabel(
  t: T,
  moment: Pick<ScoreMomentView, 'moment' | 'planVersionNumber'>,
) {
  return moment.moment === 'PLAN'
    ? t('lifeDomains.momentShort.PLAN', { number: moment.planVersionNumber ?? 0 })
    : t(`lifeDomains.momentShort.${moment.moment}`);
}
