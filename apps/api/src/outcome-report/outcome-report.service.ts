import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CLOSE_OUTCOMES, LIFE_DOMAINS } from '@schakel/domain';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { InputError } from '../common/input.error';
import { MIN_CELL, suppress, total, type ShownCell } from './outcome-report.cells';
import type {
  OutcomeFiguresModel,
  OutcomeReportFilterInput,
  OutcomeReportModel,
} from './outcome-report.model';
import {
  areaOptionsQuery,
  compactQuery,
  outcomeCellsQuery,
  toRawCell,
  type CellRow,
} from './outcome-report.queries';

/** More delta rows than this read at once: fold the region's rows (the read sums them all). */
const COMPACT_AFTER_ROWS = 2_000;
/** At most five years per report. */
const MAX_QUARTERS = 20;

/** The first day of the quarter of a YYYY-MM-DD day, in the Dutch calendar. */
export function quarterStart(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return `${y}-${String(Math.floor((m - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

function parseDay(value: string, field: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!m || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw InputError.badInput(field, 'Not a date (YYYY-MM-DD).');
  }
  return value;
}

function todayInAmsterdam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

function shiftQuarters(quarter: string, by: number): string {
  const [y, m] = quarter.split('-').map(Number) as [number, number];
  const index = y * 4 + (m - 1) / 3 + by;
  return `${Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, '0')}-01`;
}

const quartersBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let q = from; q <= to; q = shiftQuarters(q, 1)) out.push(q);
  return out;
};

/** The region's anonymous outcome report: one indexed read of the kept aggregates (ADR 0037). */
@Injectable()
export class OutcomeReportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async report(user: Caller, filter: OutcomeReportFilterInput | null): Promise<OutcomeReportModel> {
    const to = quarterStart(filter?.to ? parseDay(filter.to, 'to') : todayInAmsterdam());
    const from = quarterStart(filter?.from ? parseDay(filter.from, 'from') : shiftQuarters(to, -3));
    if (from > to) throw InputError.badInput('from', 'The period starts after it ends.');
    const quarters = quartersBetween(from, to);
    if (quarters.length > MAX_QUARTERS) {
      throw InputError.badInput('from', `At most ${MAX_QUARTERS} quarters at once.`);
    }
    const areaIds = filter?.areaIds?.length
      ? [...filter.areaIds, ...(filter.withoutArea ? [null] : [])]
      : filter?.withoutArea
        ? [null]
        : null;
    for (const id of filter?.areaIds ?? []) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) throw InputError.badInput('areaIds', 'Not a wijk.');
    }
    const themes = filter?.themes?.length ? filter.themes : null;

    const statement = outcomeCellsQuery(user.regionId, from, to, areaIds, themes);
    const rows = await this.db.query<CellRow[]>(statement.sql, statement.params);
    const deltaRows = rows.reduce((n, r) => n + r.delta_rows, 0);
    if (deltaRows > COMPACT_AFTER_ROWS) {
      const compact = compactQuery(user.regionId);
      await this.db.query(compact.sql, compact.params);
    }
    const area = areaOptionsQuery(user.regionId);
    const areas = await this.db.query<{ id: string; name: string }[]>(area.sql, area.params);

    const raw = rows.map(toRawCell).filter((c) => !isEmpty(c));
    const cells = raw.map(suppress);
    return {
      from,
      to,
      minCellSize: MIN_CELL,
      cells: cells.map(toModel),
      quarters: quarters.map((q) =>
        toModel(
          total(
            cells.filter((c) => c.quarter === q),
            q,
          ),
        ),
      ),
      total: toModel(total(cells, '')),
      withheldCells: cells.filter((c) => c.referred === null).length,
      areas,
    };
  }
}

function isEmpty(cell: ReturnType<typeof toRawCell>): boolean {
  return (
    cell.referred === 0 &&
    cell.actionCases === 0 &&
    cell.closed === 0 &&
    cell.signalCases === 0 &&
    cell.couplingCases === 0 &&
    LIFE_DOMAINS.every((d) => cell.lifeDomains[d].n === 0)
  );
}

const mean = (sum: number | null, n: number | null) =>
  sum === null || !n ? null : Math.round((sum / n) * 100) / 100;

function toModel(c: ShownCell): OutcomeFiguresModel {
  return {
    quarter: c.quarter,
    areaId: c.areaId,
    areaName: c.areaName,
    theme: c.theme,
    referred: c.referred,
    triaged: c.triaged,
    averageDaysToTriage: mean(c.triageDaysSum, c.triaged),
    planned: c.planned,
    averageDaysToPlan: mean(c.planDaysSum, c.planned),
    actionCases: c.actionCases,
    actionsDue: c.actionsDue,
    actionsOnTime: c.actionsOnTime,
    closed: c.closed,
    outcomes: CLOSE_OUTCOMES.map((outcome) => ({ outcome, cases: c.outcomes[outcome] })),
    lifeDomains: LIFE_DOMAINS.map((domain) => {
      const v = c.lifeDomains[domain];
      return { domain, cases: v?.n ?? null, averageChange: v ? mean(v.sum, v.n) : null };
    }),
    signalCases: c.signalCases,
    signals: c.signals,
    couplingCases: c.couplingCases,
    couplings: c.couplings,
  };
}
