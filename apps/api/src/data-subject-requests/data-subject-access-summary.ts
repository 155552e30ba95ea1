/**
 * The access log as a person reads it (issue 16 item 6): one line per organisation per day, with
 * what it did and why, in plain Dutch (B1) — not one line per request of a page. The detailed log
 * stays in the JSON for whoever wants every event.
 */
import {
  ACCESS_PURPOSE_B1,
  ACCESS_VERB_B1,
  AGENCY_TYPE,
  label,
  NL,
} from './data-subject-export.labels';

/** One event of the detailed log (as ACCESS_LOG_SQL reads it). */
export interface AccessLogEvent {
  at: string;
  agency: string | null;
  agencyType: string | null;
  roles: string[];
  action: string;
  result: string;
  accessBasis: string | null;
  purpose: string | null;
  categories: string[];
  employee?: string | null;
}

/** One organisation on one day (Europe/Amsterdam). */
export interface AccessDay {
  /** YYYY-MM-DD in Dutch time. */
  day: string;
  /** Null for Schakel itself (a scheduled task, e.g. deleting data after the retention period). */
  agency: string | null;
  agencyType: string | null;
  /** How many times, allowed and refused together. */
  count: number;
  /** The actions that were allowed, in the order of the log's first occurrence. */
  actions: string[];
  /** How many attempts were refused. */
  refused: number;
  /** The purposes stated, as written; empty when nobody stated one. */
  purposes: string[];
  accessBases: string[];
  categories: string[];
  /** Only when the request says the law requires employee names. */
  employees?: string[];
  /** The line for the person, in plain Dutch. */
  text: string;
}

const DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day in Dutch time of a UTC instant. */
export const amsterdamDay = (iso: string): string => DAY.format(new Date(iso));

/** Purposes listed on one line; more than this become "en N andere redenen". */
const MAX_PURPOSES = 3;

const push = <T>(list: T[], value: T | null | undefined): void => {
  if (value !== null && value !== undefined && !list.includes(value)) list.push(value);
};

/** Groups the detailed log (oldest first) into one line per organisation per day. */
export function summariseAccess(log: readonly AccessLogEvent[]): AccessDay[] {
  const days = new Map<string, Omit<AccessDay, 'text'>>();
  for (const e of log) {
    const day = amsterdamDay(e.at);
    const key = `${day}\u0000${e.agency ?? ''}\u0000${e.agencyType ?? ''}`;
    let line = days.get(key);
    if (!line) {
      line = {
        day,
        agency: e.agency,
        agencyType: e.agencyType,
        count: 0,
        actions: [],
        refused: 0,
        purposes: [],
        accessBases: [],
        categories: [],
        ...('employee' in e ? { employees: [] } : {}),
      };
      days.set(key, line);
    }
    line.count += 1;
    if (e.result === 'DENIED' || e.action === 'DENIED') line.refused += 1;
    else push(line.actions, e.action);
    push(line.purposes, e.purpose?.trim() || null);
    push(line.accessBases, e.accessBasis);
    for (const c of e.categories) push(line.categories, c);
    if (line.employees) push(line.employees, e.employee ?? null);
  }
  // By day (a stable sort: within a day, the order of each organisation's first access).
  return [...days.values()]
    .sort((a, b) => a.day.localeCompare(b.day))
    .map((line) => ({ ...line, text: accessLine(line) }));
}

const joinNl = (parts: string[]): string =>
  parts.length <= 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} en ${parts[parts.length - 1]}`;

const times = (n: number): string => (n === 1 ? '1 keer' : `${n} keer`);

/** "Politie Demostad (politie) heeft uw gegevens bekeken en opgezocht (3 keer). Waarom: …" */
export function accessLine(line: Omit<AccessDay, 'text'>): string {
  const who = line.agency
    ? line.agencyType
      ? `${line.agency} (${label(AGENCY_TYPE, line.agencyType).toLowerCase()})`
      : line.agency
    : NL.accessBySystem;
  const sentences: string[] = [];
  const allowed = line.count - line.refused;
  if (line.actions.length > 0) {
    const verbs = line.actions.map((a) => ACCESS_VERB_B1[a] ?? ACCESS_VERB_B1.OTHER!);
    sentences.push(`${who} heeft uw gegevens ${joinNl([...new Set(verbs)])} (${times(allowed)}).`);
  }
  if (line.refused > 0) {
    sentences.push(
      line.actions.length > 0
        ? `Het mocht ${times(line.refused)} niet: dat is geweigerd.`
        : `${who} wilde uw gegevens bekijken, maar dat mocht niet (${times(line.refused)}).`,
    );
  }
  const stated = line.purposes.slice(0, MAX_PURPOSES);
  const more = line.purposes.length - stated.length;
  const reasons = stated.length
    ? stated.join('; ') +
      (more > 0 ? ` (en ${more} andere ${more === 1 ? 'reden' : 'redenen'})` : '')
    : joinNl([
        ...new Set(line.accessBases.map((b) => ACCESS_PURPOSE_B1[b]).filter(Boolean)),
      ] as string[]);
  sentences.push(`${NL.why}: ${reasons || NL.noPurpose}.`);
  if (line.employees?.length) sentences.push(`${NL.employees}: ${line.employees.join(', ')}.`);
  return sentences.join(' ').replace(/\.\./g, '.');
}
