import type { AuditEventsQuery } from '../../../gql/graphql';

export type AuditEventItem = AuditEventsQuery['auditEvents']['items'][number];

/** Events of one page view: the same user, the same case, each within this of the next. */
export const PAGE_VIEW_GAP_MS = 10_000;

/** What a page shows or changes; a refusal, a break-the-glass or a login always stands alone. */
const GROUPABLE = new Set(['READ', 'SEARCH', 'LOOKUP', 'EXPORT', 'CREATE', 'UPDATE', 'DELETE']);

/** The root field that names a page best when it is in the group. */
const MAIN_OPERATIONS = [
  'Query.case',
  'Query.meeting',
  'Query.referral',
  'Query.dataSubjectRequest',
];

export interface AuditEventGroup {
  /** The newest event's id: stable while more pages load (a group only grows older). */
  id: string;
  /** Newest first, as the trail lists them. */
  events: AuditEventItem[];
  /** The event whose access path names the line. */
  main: AuditEventItem;
  persons: AuditEventItem['persons'];
  categories: string[];
  newest: string;
  oldest: string;
}

const groupable = (e: AuditEventItem): boolean =>
  e.result === 'ALLOWED' && GROUPABLE.has(e.action) && e.actor !== null && e.actor !== undefined;

const time = (e: AuditEventItem): number => new Date(e.occurredAt).getTime();

/** Whether `older` (next in the list) belongs to the page view of `group`. */
function samePageView(group: AuditEventItem[], older: AuditEventItem): boolean {
  const last = group[group.length - 1]!;
  const first = group[0]!;
  return (
    groupable(first) &&
    groupable(older) &&
    older.actor?.id === first.actor?.id &&
    (older.agency?.id ?? null) === (first.agency?.id ?? null) &&
    (older.caseId ?? null) === (first.caseId ?? null) &&
    time(last) - time(older) <= PAGE_VIEW_GAP_MS
  );
}

/**
 * The trail's events (newest first) as lines: the events of one page view on one line. Pure and
 * deterministic, so the lines stay the same while "Meer laden" appends older events.
 */
export function groupAuditEvents(events: readonly AuditEventItem[]): AuditEventGroup[] {
  const runs: AuditEventItem[][] = [];
  for (const event of events) {
    const current = runs[runs.length - 1];
    if (current && samePageView(current, event)) current.push(event);
    else runs.push([event]);
  }
  return runs.map((run) => {
    const persons = new Map<string, AuditEventItem['persons'][number]>();
    const categories = new Set<string>();
    for (const e of run) {
      for (const p of e.persons) if (!persons.has(p.id)) persons.set(p.id, p);
      for (const c of e.categories) categories.add(c);
    }
    const main =
      MAIN_OPERATIONS.map((op) => run.find((e) => e.operation === op)).find(Boolean) ??
      run[run.length - 1]!;
    return {
      id: run[0]!.id,
      events: run,
      main,
      persons: [...persons.values()],
      categories: [...categories],
      newest: run[0]!.occurredAt,
      oldest: run[run.length - 1]!.occurredAt,
    };
  });
}
