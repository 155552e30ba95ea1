import { CLOSE_OUTCOMES, LIFE_DOMAINS, type CaseTheme } from '@schakel/domain';

/** The smallest number of cases a published figure may rest on (issue 18 item 4). */
export const MIN_CELL = 5;

export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];
export type Domain = (typeof LIFE_DOMAINS)[number];

/** One cell of `outcome_agg` summed: a quarter × wijk × theme, the finest grain there is. */
export interface RawCell {
  quarter: string;
  areaId: string | null;
  areaName: string | null;
  theme: CaseTheme;
  referred: number;
  triaged: number;
  triageDays: number;
  planned: number;
  planDays: number;
  actionCases: number;
  actionsDue: number;
  actionsOnTime: number;
  closed: number;
  outcomes: Record<CloseOutcome, number>;
  lifeDomains: Record<Domain, { n: number; sum: number }>;
  signalCases: number;
  signals: number;
  couplingCases: number;
  couplings: number;
}

/** What a cell may show: a null is withheld (it rests on 1–4 cases, or would give one away). */
export interface ShownCell {
  quarter: string;
  areaId: string | null;
  areaName: string | null;
  theme: CaseTheme | null;
  referred: number | null;
  triaged: number | null;
  triageDaysSum: number | null;
  planned: number | null;
  planDaysSum: number | null;
  actionCases: number | null;
  actionsDue: number | null;
  actionsOnTime: number | null;
  closed: number | null;
  outcomes: Record<CloseOutcome, number | null>;
  lifeDomains: Record<Domain, { n: number; sum: number } | null>;
  signalCases: number | null;
  signals: number | null;
  couplingCases: number | null;
  couplings: number | null;
}

/** A count of cases may be shown: none, or at least MIN_CELL. */
const safe = (n: number) => n === 0 || n >= MIN_CELL;

/**
 * The suppression rule, applied to the finest cells only. Every figure the report shows — a cell,
 * a quarter's total, the period's total — is a sum of figures this function let through, whatever
 * the filters; so no combination of filters can be subtracted to reveal a withheld figure.
 * Within a cell:
 * - a count of cases shows when it is 0 or ≥ 5; an average only when it rests on ≥ 5 cases;
 * - a part of a shown count (triaged, plan adopted of those referred) also needs its complement
 *   (referred − triaged) to be 0 or ≥ 5, or the difference would name 1–4 cases;
 * - the outcomes at closing partition the closed cases: when exactly one outcome is withheld, the
 *   smallest shown non-zero one is withheld too (secondary suppression), so none can be derived.
 */
export function suppress(cell: RawCell): ShownCell {
  const referredShown = safe(cell.referred);
  const part = (n: number) => referredShown && safe(n) && safe(cell.referred - n);
  const triagedShown = part(cell.triaged);
  const plannedShown = part(cell.planned);
  const actionsShown = safe(cell.actionCases);
  const closedShown = safe(cell.closed);

  const outcomes = {} as Record<CloseOutcome, number | null>;
  for (const o of CLOSE_OUTCOMES)
    outcomes[o] = closedShown && safe(cell.outcomes[o]) ? cell.outcomes[o] : null;
  const withheld = CLOSE_OUTCOMES.filter((o) => outcomes[o] === null && cell.outcomes[o] > 0);
  if (closedShown && withheld.length === 1) {
    const smallest = CLOSE_OUTCOMES.filter((o) => (outcomes[o] ?? 0) > 0).sort(
      (a, b) => cell.outcomes[a] - cell.outcomes[b],
    )[0];
    if (smallest) outcomes[smallest] = null;
  }
  if (!closedShown) for (const o of CLOSE_OUTCOMES) outcomes[o] = null;

  const lifeDomains = {} as Record<Domain, { n: number; sum: number } | null>;
  for (const d of LIFE_DOMAINS) {
    const v = cell.lifeDomains[d];
    lifeDomains[d] = safe(v.n) ? v : null;
  }
  return {
    quarter: cell.quarter,
    areaId: cell.areaId,
    areaName: cell.areaName,
    theme: cell.theme,
    referred: referredShown ? cell.referred : null,
    triaged: triagedShown ? cell.triaged : null,
    triageDaysSum: triagedShown ? cell.triageDays : null,
    planned: plannedShown ? cell.planned : null,
    planDaysSum: plannedShown ? cell.planDays : null,
    actionCases: actionsShown ? cell.actionCases : null,
    actionsDue: actionsShown ? cell.actionsDue : null,
    actionsOnTime: actionsShown ? cell.actionsOnTime : null,
    closed: closedShown ? cell.closed : null,
    outcomes,
    lifeDomains,
    signalCases: safe(cell.signalCases) ? cell.signalCases : null,
    signals: safe(cell.signalCases) ? cell.signals : null,
    couplingCases: safe(cell.couplingCases) ? cell.couplingCases : null,
    couplings: safe(cell.couplingCases) ? cell.couplings : null,
  };
}

const add = (a: number | null, b: number | null) => (b === null ? a : (a ?? 0) + b);

/** The sum of shown cells, over only their shown figures (a withheld figure adds nothing). */
export function total(cells: readonly ShownCell[], quarter: string): ShownCell {
  // Zero where nothing is shown: a total is the sum of the shown figures, and says nothing more.
  const sum: ShownCell = {
    quarter,
    areaId: null,
    areaName: null,
    theme: null,
    referred: 0,
    triaged: 0,
    triageDaysSum: 0,
    planned: 0,
    planDaysSum: 0,
    actionCases: 0,
    actionsDue: 0,
    actionsOnTime: 0,
    closed: 0,
    outcomes: Object.fromEntries(CLOSE_OUTCOMES.map((o) => [o, 0])) as ShownCell['outcomes'],
    lifeDomains: Object.fromEntries(
      LIFE_DOMAINS.map((d) => [d, { n: 0, sum: 0 }]),
    ) as ShownCell['lifeDomains'],
    signalCases: 0,
    signals: 0,
    couplingCases: 0,
    couplings: 0,
  };
  for (const c of cells) {
    sum.referred = add(sum.referred, c.referred);
    sum.triaged = add(sum.triaged, c.triaged);
    sum.triageDaysSum = add(sum.triageDaysSum, c.triageDaysSum);
    sum.planned = add(sum.planned, c.planned);
    sum.planDaysSum = add(sum.planDaysSum, c.planDaysSum);
    sum.actionCases = add(sum.actionCases, c.actionCases);
    sum.actionsDue = add(sum.actionsDue, c.actionsDue);
    sum.actionsOnTime = add(sum.actionsOnTime, c.actionsOnTime);
    sum.closed = add(sum.closed, c.closed);
    for (const o of CLOSE_OUTCOMES) sum.outcomes[o] = add(sum.outcomes[o], c.outcomes[o]);
    for (const d of LIFE_DOMAINS) {
      const v = c.lifeDomains[d];
      if (!v) continue;
      const s = sum.lifeDomains[d] ?? { n: 0, sum: 0 };
      sum.lifeDomains[d] = { n: s.n + v.n, sum: s.sum + v.sum };
    }
    sum.signalCases = add(sum.signalCases, c.signalCases);
    sum.signals = add(sum.signals, c.signals);
    sum.couplingCases = add(sum.couplingCases, c.couplingCases);
    sum.couplings = add(sum.couplings, c.couplings);
  }
  return sum;
}
