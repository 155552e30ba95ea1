import {
  AREA_IMPORT_LINES_MAX,
  areaImportLineSchema,
  formatPostcodeRange,
  problemsOf,
  rangesOverlap,
  type PostcodeRange,
} from '@schakel/domain';
import Papa from 'papaparse';
import { AreaImportStatus, type AreaImportModel, type AreaImportProblemModel } from './area.model';

/** A wijk as stored, for planning an import. */
export interface StoredArea {
  id: string;
  name: string;
  active: boolean;
  version: number;
  ranges: PostcodeRange[];
}

/** What a valid import writes: per wijk in the file, its ranges exactly as the file gives them. */
export interface AreaImportPlan {
  create: { name: string; ranges: PostcodeRange[] }[];
  change: { area: StoredArea; ranges: PostcodeRange[] }[];
}

const COLUMNS = { wijk: 'wijk', van: 'postcode_van', tot: 'postcode_tot' } as const;
/** A wijken file is small (a municipality has tens of wijken); 1 MB is far beyond that. */
export const AREA_IMPORT_BYTES_MAX = 1_000_000;

const key = (name: string) => name.toLocaleLowerCase('nl');
const sameRanges = (a: readonly PostcodeRange[], b: readonly PostcodeRange[]) => {
  const text = (list: readonly PostcodeRange[]) => list.map(formatPostcodeRange).sort().join(',');
  return text(a) === text(b);
};
const problem = (column: string, code: string, otherArea: string | null = null) => ({
  column,
  code,
  otherArea,
});

interface ReadLine {
  line: number;
  wijk: string;
  range: string;
  name: string | null;
  parsed: PostcodeRange | null;
  problems: AreaImportProblemModel[];
}

/** The file's lines as the schema shared with the portal reads them (`;`, `,` or tab). */
function readLines(csv: string): { lines: ReadLine[]; fileProblems: AreaImportProblemModel[] } {
  if (csv.length > AREA_IMPORT_BYTES_MAX) {
    return { lines: [], fileProblems: [problem('', 'TOO_LONG')] };
  }
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
    delimitersToGuess: [';', ',', '\t'],
    skipEmptyLines: false,
  });
  const [header = [], ...rows] = parsed.data;
  const columns = header.map((h) => h.trim().toLowerCase());
  const at = (name: string) => columns.indexOf(name);
  const [wijkAt, vanAt, totAt] = [at(COLUMNS.wijk), at(COLUMNS.van), at(COLUMNS.tot)];
  if (wijkAt < 0 || vanAt < 0) {
    return { lines: [], fileProblems: [problem('', 'HEADER')] };
  }
  const filled = rows
    .map((cells, index) => ({ cells, line: index + 2 }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (filled.length > AREA_IMPORT_LINES_MAX) {
    return { lines: [], fileProblems: [problem('', 'TOO_MANY')] };
  }
  const schema = areaImportLineSchema();
  const lines = filled.map(({ cells, line }): ReadLine => {
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
    const raw = { wijk: cell(wijkAt), van: cell(vanAt), tot: cell(totAt) };
    const shown = {
      line,
      wijk: raw.wijk.trim().slice(0, 200),
      range: [raw.van.trim(), raw.tot.trim()].filter(Boolean).join('–').slice(0, 40),
    };
    const result = schema.safeParse(raw);
    if (result.success) {
      return {
        ...shown,
        range: formatPostcodeRange(result.data.range),
        name: result.data.name,
        parsed: result.data.range,
        problems: [],
      };
    }
    const column = (path: string) =>
      path === 'wijk' ? COLUMNS.wijk : path === 'tot' ? COLUMNS.tot : COLUMNS.van;
    return {
      ...shown,
      name: null,
      parsed: null,
      problems: problemsOf(result.error).map((p) => problem(column(p.path), p.code)),
    };
  });
  return { lines, fileProblems: [] };
}

/**
 * Reads a wijken file against the region's wijken: per line NEW, CHANGED, UNCHANGED or ERROR,
 * and the plan that a commit would write. A wijk named in the file gets exactly the file's
 * ranges (and is active); a wijk not named stays as it is, and its ranges count for overlaps.
 */
export function planAreaImport(
  csv: string,
  stored: readonly StoredArea[],
): { preview: Omit<AreaImportModel, 'personsReassigned'>; plan: AreaImportPlan } {
  const { lines, fileProblems } = readLines(csv);
  const byKey = new Map(stored.map((area) => [key(area.name), area]));
  const good = lines.filter((l) => l.name && l.parsed);
  const named = new Set(good.map((l) => key(l.name!)));

  // Overlaps: with another wijk's line of this file, or with a wijk the file leaves as it is.
  const kept = stored.filter((area) => area.active && !named.has(key(area.name)));
  for (const line of good) {
    const mine = key(line.name!);
    const other =
      good.find((o) => key(o.name!) !== mine && rangesOverlap(o.parsed!, line.parsed!))?.name ??
      kept.find((area) => area.ranges.some((r) => rangesOverlap(r, line.parsed!)))?.name;
    if (other) line.problems.push(problem(COLUMNS.van, 'OVERLAP', other));
  }

  const groups = new Map<string, { name: string; ranges: PostcodeRange[] }>();
  for (const line of good.filter((l) => l.problems.length === 0)) {
    const k = key(line.name!);
    const group = groups.get(k) ?? { name: line.name!, ranges: [] };
    if (!group.ranges.some((r) => formatPostcodeRange(r) === formatPostcodeRange(line.parsed!))) {
      group.ranges.push(line.parsed!);
    }
    groups.set(k, group);
  }
  const plan: AreaImportPlan = { create: [], change: [] };
  const status = new Map<string, AreaImportStatus>();
  for (const [k, group] of groups) {
    const area = byKey.get(k);
    if (!area) {
      plan.create.push(group);
      status.set(k, AreaImportStatus.NEW);
    } else if (!area.active || !sameRanges(area.ranges, group.ranges)) {
      plan.change.push({ area, ranges: group.ranges });
      status.set(k, AreaImportStatus.CHANGED);
    } else {
      status.set(k, AreaImportStatus.UNCHANGED);
    }
  }
  const previewLines = lines.map(({ line, wijk, range, name, problems }) => ({
    line,
    wijk,
    range,
    problems,
    status:
      problems.length > 0 || !name
        ? AreaImportStatus.ERROR
        : (status.get(key(name)) ?? AreaImportStatus.ERROR),
  }));
  const count = (s: AreaImportStatus) => [...status.values()].filter((v) => v === s).length;
  return {
    preview: {
      lines: previewLines,
      fileProblems,
      newAreas: count(AreaImportStatus.NEW),
      changedAreas: count(AreaImportStatus.CHANGED),
      unchangedAreas: count(AreaImportStatus.UNCHANGED),
      errorLines: previewLines.filter((l) => l.status === AreaImportStatus.ERROR).length,
    },
    plan,
  };
}
