import { CLOSE_OUTCOMES, LIFE_DOMAINS, type LifeDomain } from '@schakel/domain';
import type { OutcomeFigureFieldsFragment } from '../../../gql/graphql';
import type { Translate } from '../../i18n/utils/I18nContext';

type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

/**
 * Which figures of a total leave out withheld cells. A total sums only the figures its cells show
 * (ADR 0037, so overlapping filters cannot be differenced); where a cell withholds a figure, the
 * total is a lower bound and must not read as the whole count.
 */
export interface HiddenParts {
  referred: boolean;
  triaged: boolean;
  planned: boolean;
  actions: boolean;
  closed: boolean;
  signals: boolean;
  couplings: boolean;
  outcomes: Record<CloseOutcome, boolean>;
  lifeDomains: Record<LifeDomain, boolean>;
}

/** The parts of a total that leave out withheld cells: of one quarter, or of all cells given. */
export function hiddenParts(
  cells: readonly OutcomeFigureFieldsFragment[],
  quarter?: string,
): HiddenParts {
  const of = cells.filter((c) => quarter === undefined || c.quarter === quarter);
  const any = (pick: (c: OutcomeFigureFieldsFragment) => unknown) =>
    of.some((c) => pick(c) === null || pick(c) === undefined);
  return {
    referred: any((c) => c.referred),
    triaged: any((c) => c.triaged),
    planned: any((c) => c.planned),
    actions: any((c) => c.actionsDue) || any((c) => c.actionsOnTime),
    closed: any((c) => c.closed),
    signals: any((c) => c.signals),
    couplings: any((c) => c.couplings),
    outcomes: Object.fromEntries(
      CLOSE_OUTCOMES.map((o) => [o, any((c) => c.outcomes.find((x) => x.outcome === o)?.cases)]),
    ) as HiddenParts['outcomes'],
    lifeDomains: Object.fromEntries(
      LIFE_DOMAINS.map((d) => [d, any((c) => c.lifeDomains.find((x) => x.domain === d)?.cases)]),
    ) as HiddenParts['lifeDomains'],
  };
}

/**
 * A total as the report shows it: the plain figure when no cell withholds it; "afgeschermd" when
 * it would show 0 although withheld cells hold cases; "12 + afgeschermd" when it shows 12 and
 * leaves out withheld cells. `shown` is the figure already formatted (a count or a share).
 */
export function totalText(
  shown: string | null,
  isZero: boolean,
  hidden: boolean,
  t: Translate,
): string {
  const withheld = t('outcomeReport.withheldShort');
  if (shown === null) return withheld;
  if (!hidden) return shown;
  return isZero ? withheld : t('outcomeReport.partialTotal', { shown });
}

/** A count in a total (see totalText). */
export function totalCount(
  value: number | null | undefined,
  hidden: boolean,
  t: Translate,
): string {
  return totalText(
    value === null || value === undefined ? null : String(value),
    value === 0,
    hidden,
    t,
  );
}
