import type { InformationCategory } from '@schakel/domain';
import type { AppAbility } from '@schakel/sharing-policy';
import type { Statement } from '../common/sql';
import { keysetAt, type KeysetCursor } from '../common/keyset-cursor';
import { activeAgencyIds } from '../sharing/need-to-know';
import { NOTHING, policyFilter, SqlParams } from '../sharing/policy-sql';

const ITEM_COLUMNS = `i.id, i.case_id AS "caseId", i.person_id AS "personId",
       i.region_id AS "regionId", i.category, i.source_agency_id AS "sourceAgencyId",
       (SELECT json_build_object('id', sa.id, 'name', sa.name, 'type', sa.type)
          FROM agency sa WHERE sa.id = i.source_agency_id) AS "sourceAgency",
       i.legal_basis AS "legalBasis", i.text, i.shareable_summary AS "summary",
       i.has_shareable_summary AS "hasShareableSummary", i.created_at AS "createdAt",
       i.revision, i.rectified_at AS "rectifiedAt",
       ${keysetAt('i.created_at')} AS "cursorAt",
       ${activeAgencyIds('i.case_id')} AS "activeParticipantAgencyIds"`;
const ITEM_FROM = `FROM information_item i`;
const ITEM_SELECT = `SELECT ${ITEM_COLUMNS}\n  ${ITEM_FROM}`;

/** Most items returned per case (and category) in one answer; older ones come page by page. */
export const ITEM_LIMIT = 500;

// Ranks items within their case, so the limit applies per case: a page of cases never loses the
// items of its later cases to the earlier ones.
const ITEM_RANK = `row_number() OVER (PARTITION BY i.case_id ORDER BY i.created_at DESC, i.id DESC)`;

/** LIKE pattern for "contains", with the user's wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE clauses of the items of these cases the caller may read in full or as a summary; null
 * when the policy allows none. A text search matches only what the caller may see: the full text
 * where `read` allows, the shareable summary where `read_summary` does — so a search cannot probe
 * withheld text.
 */
function visibleItems(
  ability: AppAbility,
  params: SqlParams,
  filter: { category?: InformationCategory | null; text?: string | null },
  caseIds: readonly string[],
): string[] | null {
  const target = { subject: 'InformationItem', alias: 'i' } as const;
  const full = policyFilter(ability, 'read', target, params);
  const summary = policyFilter(ability, 'read_summary', target, params);
  if (full === NOTHING && summary === NOTHING) return null;
  const where = [
    'i.region_id = $1',
    caseIds.length === 1 ? 'i.case_id = $2::uuid' : 'i.case_id = ANY($2::uuid[])',
  ];
  if (filter.category) where.push(`i.category = ${params.add(filter.category)}`);
  if (filter.text) {
    const pattern = params.add(containsPattern(filter.text));
    where.push(
      `(((${full}) AND (i.text ILIKE ${pattern} OR i.shareable_summary ILIKE ${pattern}))` +
        `\n     OR ((${summary}) AND i.shareable_summary ILIKE ${pattern}))`,
    );
  } else {
    where.push(`((${full})\n     OR (${summary}))`);
  }
  return where;
}

/** The first parameters of an items statement: the region, then the case or the cases. */
function caseParams(regionId: string, caseIds: readonly string[]): SqlParams {
  return new SqlParams([regionId, caseIds.length === 1 ? caseIds[0] : caseIds]);
}

/**
 * Items of these cases the caller may see, newest first: at most `first` per case, older than
 * `after` when given (keyset on created_at, id). One case (a case page, a page of its items) is
 * a plain ordered LIMIT: PostgreSQL keeps one plan for it, where the ranked form for several
 * cases is planned anew on every execution (~0.5 ms).
 */
export function itemsQuery(
  ability: AppAbility,
  regionId: string,
  filter: {
    caseIds: readonly string[];
    category?: InformationCategory | null;
    text?: string | null;
    first?: number;
    after?: KeysetCursor | null;
  },
): Statement | null {
  const params = caseParams(regionId, filter.caseIds);
  const where = visibleItems(ability, params, filter, filter.caseIds);
  if (!where) return null;
  if (filter.after) {
    where.push(
      `(i.created_at, i.id) < (${params.add(filter.after.at)}::timestamptz, ${params.add(filter.after.id)}::uuid)`,
    );
  }
  const limit = params.add(filter.first ?? ITEM_LIMIT);
  if (filter.caseIds.length === 1) {
    const sql =
      `${ITEM_SELECT}\n WHERE ${where.join('\n   AND ')}\n` +
      ` ORDER BY i.created_at DESC, i.id DESC\n LIMIT ${limit}`;
    return { sql, params: params.values };
  }
  const sql =
    `SELECT ranked.* FROM (\nSELECT ${ITEM_RANK} AS "rank", ${ITEM_COLUMNS}\n  ${ITEM_FROM}` +
    `\n WHERE ${where.join('\n   AND ')}) ranked\n` +
    ` WHERE ranked."rank" <= ${limit}` +
    `\n ORDER BY ranked."caseId", ranked."createdAt" DESC, ranked.id DESC`;
  return { sql, params: params.values };
}

/**
 * Per case and category, how many items the caller may see (the same policy filter as
 * `itemsQuery`): tells the portal that older items exist beyond the ones it loaded.
 */
export function itemCountsQuery(
  ability: AppAbility,
  regionId: string,
  caseIds: readonly string[],
): Statement | null {
  const params = caseParams(regionId, caseIds);
  const where = visibleItems(ability, params, {}, caseIds);
  if (!where) return null;
  const sql =
    `SELECT i.case_id AS "caseId", i.category, count(*)::int AS "count"\n  FROM information_item i` +
    `\n WHERE ${where.join('\n   AND ')}\n GROUP BY i.case_id, i.category`;
  return { sql, params: params.values };
}

/** One item of the region, whatever the caller may see: checked on the loaded row. */
export function itemByIdQuery(itemId: string, regionId: string): Statement {
  return {
    sql: `${ITEM_SELECT}\n WHERE i.id = $1 AND i.region_id = $2`,
    params: [itemId, regionId],
  };
}

export interface NewItem {
  regionId: string;
  caseId: string;
  personId: string;
  category: InformationCategory;
  sourceAgencyId: string;
  legalBasis: string;
  text: string;
  summary: string | null;
  createdByUserId: string;
}

export function insertItemQuery(item: NewItem): Statement {
  return {
    sql: `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id,
                                       legal_basis, text, shareable_summary, created_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    params: [
      item.regionId,
      item.caseId,
      item.personId,
      item.category,
      item.sourceAgencyId,
      item.legalBasis,
      item.text,
      item.summary,
      item.createdByUserId,
    ],
  };
}

/** The case changed (its list order and `updatedAt`). */
export function caseTouchedQuery(caseId: string): Statement {
  return { sql: `UPDATE case_file SET updated_at = now() WHERE id = $1`, params: [caseId] };
}

/**
 * The source corrects an item (AVG art. 16): the new text overwrites the old one — no copy is
 * kept, so no read path can show it again. Only at the revision the caller read (else 0 rows:
 * EDIT_CONFLICT).
 */
export function rectifyItemQuery(change: {
  itemId: string;
  regionId: string;
  revision: number;
  text: string;
  summary: string | null;
}): Statement {
  return {
    sql: `UPDATE information_item
             SET text = $4, shareable_summary = $5, revision = revision + 1,
                 rectified_at = now(), updated_at = now()
           WHERE id = $1 AND region_id = $2 AND revision = $3
       RETURNING id`,
    params: [change.itemId, change.regionId, change.revision, change.text, change.summary],
  };
}

/** The source erases an item (AVG art. 17): the row goes, at the revision the caller read. */
export function eraseItemQuery(itemId: string, regionId: string, revision: number): Statement {
  return {
    sql: `DELETE FROM information_item WHERE id = $1 AND region_id = $2 AND revision = $3
       RETURNING id`,
    params: [itemId, regionId, revision],
  };
}

export interface ItemChange {
  regionId: string;
  caseId: string;
  itemId: string;
  itemCreatedAt: Date | string;
  category: InformationCategory;
  sourceAgencyId: string;
  kind: 'RECTIFIED' | 'ERASED';
  reason: string;
  dataSubjectRequestId: string | null;
  userId: string;
  userName: string;
}

/** The history of a correction or erasure: which item, who, when, why — never the content. */
export function insertItemChangeQuery(change: ItemChange): Statement {
  return {
    sql: `INSERT INTO information_item_change (region_id, case_id, item_id, item_created_at,
                category, source_agency_id, kind, reason, data_subject_request_id,
                changed_by_user_id, changed_by_name)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
      RETURNING id, changed_at AS "changedAt"`,
    params: [
      change.regionId,
      change.caseId,
      change.itemId,
      change.itemCreatedAt,
      change.category,
      change.sourceAgencyId,
      change.kind,
      change.reason,
      change.dataSubjectRequestId,
      change.userId,
      change.userName,
    ],
  };
}

/**
 * A data-subject request a correction may point at: of this region, about the item's person, for
 * rectification or erasure, and not closed.
 */
export function changeRequestQuery(
  requestId: string,
  regionId: string,
  personId: string,
): Statement {
  return {
    sql: `SELECT r.id FROM data_subject_request r
           WHERE r.id = $1 AND r.region_id = $2 AND r.person_id = $3
             AND r.type IN ('RECTIFICATION', 'ERASURE')
             AND r.status IN ('RECEIVED', 'IN_PROGRESS')`,
    params: [requestId, regionId, personId],
  };
}

/** The caller's display name, for the history (the account may later be removed). */
export function userNameQuery(userId: string): Statement {
  return { sql: `SELECT display_name AS "name" FROM app_user WHERE id = $1`, params: [userId] };
}
