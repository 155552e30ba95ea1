import { CLOSE_OUTCOMES, LIFE_DOMAINS } from '@schakel/domain';
import type { RawCell } from './outcome-report.cells';

export interface Statement {
  sql: string;
  params: unknown[];
}

const OUTCOME_COLS = CLOSE_OUTCOMES.map((o) => [o, `outcome_${o.toLowerCase()}`] as const);
const DOMAIN_COLS = LIFE_DOMAINS.map((d) => [d, `ld_${d.toLowerCase()}`] as const);

/**
 * The region's cells in a period, summed from the deltas of `outcome_agg` (ADR 0037): an index
 * range of the region's rows, never a case. Filters only narrow the cells; `area` NULL in the
 * list selects cases without a wijk. `delta_rows` tells the service when to compact.
 */
export function outcomeCellsQuery(
  regionId: string,
  from: string,
  to: string,
  areaIds: readonly (string | null)[] | null,
  themes: readonly string[] | null,
): Statement {
  const params: unknown[] = [regionId, from, to];
  const where = ['g.region_id = $1', 'g.quarter BETWEEN $2::date AND $3::date'];
  if (areaIds) {
    params.push(areaIds.filter((a) => a !== null));
    const area = `g.area_id = ANY($${params.length}::uuid[])`;
    where.push(areaIds.includes(null) ? `(${area} OR g.area_id IS NULL)` : area);
  }
  if (themes) {
    params.push(themes);
    where.push(`g.theme = ANY($${params.length}::text[])`);
  }
  const sums = [
    'referred',
    'triaged',
    'triage_days',
    'planned',
    'plan_days',
    'action_cases',
    'actions_due',
    'actions_on_time',
    'closed',
    ...OUTCOME_COLS.map(([, c]) => c),
    ...DOMAIN_COLS.flatMap(([, c]) => [`${c}_n`, `${c}_sum`]),
    'signal_cases',
    'signals',
    'coupling_cases',
    'couplings',
  ].map((c) => `sum(g.${c})::float8 AS ${c}`);
  return {
    sql: `
      SELECT to_char(g.quarter, 'YYYY-MM-DD') AS quarter, g.area_id, a.name AS area_name, g.theme,
             ${sums.join(',\n             ')},
             count(*)::int AS delta_rows
        FROM outcome_agg g
        LEFT JOIN area a ON a.region_id = g.region_id AND a.id = g.area_id
       WHERE ${where.join(' AND ')}
       GROUP BY g.quarter, g.area_id, a.name, g.theme
       ORDER BY g.quarter, a.name NULLS LAST, g.theme`,
    params,
  };
}

export function compactQuery(regionId: string): Statement {
  return { sql: `SELECT outcome_agg_compact($1)`, params: [regionId] };
}

export type CellRow = Record<string, number | string | null> & {
  quarter: string;
  area_id: string | null;
  area_name: string | null;
  theme: string;
  delta_rows: number;
};

export function toRawCell(row: CellRow): RawCell {
  const n = (c: string) => Number(row[c] ?? 0);
  return {
    quarter: row.quarter,
    areaId: row.area_id,
    areaName: row.area_name,
    theme: row.theme as RawCell['theme'],
    referred: n('referred'),
    triaged: n('triaged'),
    triageDays: n('triage_days'),
    planned: n('planned'),
    planDays: n('plan_days'),
    actionCases: n('action_cases'),
    actionsDue: n('actions_due'),
    actionsOnTime: n('actions_on_time'),
    closed: n('closed'),
    outcomes: Object.fromEntries(OUTCOME_COLS.map(([o, c]) => [o, n(c)])) as RawCell['outcomes'],
    lifeDomains: Object.fromEntries(
      DOMAIN_COLS.map(([d, c]) => [d, { n: n(`${c}_n`), sum: n(`${c}_sum`) }]),
    ) as RawCell['lifeDomains'],
    signalCases: n('signal_cases'),
    signals: n('signals'),
    couplingCases: n('coupling_cases'),
    couplings: n('couplings'),
  };
}

/** The region's wijken, for the filter (names only; no person). */
export function areaOptionsQuery(regionId: string): Statement {
  return {
    sql: `SELECT id, name FROM area WHERE region_id = $1 ORDER BY name`,
    params: [regionId],
  };
}
