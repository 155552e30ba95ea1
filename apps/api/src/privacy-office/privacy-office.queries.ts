import type { AuditAction, AuditResult } from '../audit/audit.kinds';
import type { BreakGlassVerdict } from './privacy-office.enums';
import type { AuditEventModel, AuditUserModel } from './privacy-office.model';

const UUID_TEXT = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;

/** The columns of an event row; `e` is an audit_event row, joined with AUDIT_EVENT_JOINS. */
export const AUDIT_EVENT_SELECT = `
  SELECT e.id::text AS id, e.seq::text AS seq, e.occurred_at AS "occurredAt",
         audit_time(e.occurred_at) AS "cursorTime",
         e.actor_user_id AS "actorId", u.display_name AS "actorName", u.email AS "actorEmail",
         e.actor_agency_id AS "agencyId", a.name AS "agencyName",
         coalesce(a.type, e.actor_agency_type) AS "agencyType", e.actor_roles AS roles,
         e.on_behalf_of_user_id AS "onBehalfOfId", ob.display_name AS "onBehalfOfName",
         ob.email AS "onBehalfOfEmail", e.action, e.result, e.operation,
         e.case_id AS "caseId", c.reference AS "caseReference", e.person_ids AS "personIds",
         e.categories, e.fields, e.record_type AS "recordType", e.record_id AS "recordId",
         e.access_basis AS "accessBasis", coalesce(e.purpose, bg.reason) AS purpose,
         e.reason_code AS "reasonCode", e.origin_address AS "originAddress",
         e.request_id AS "requestId",
         r.id AS "reviewId", r.verdict AS "reviewVerdict", r.note AS "reviewNote",
         r.reviewed_at AS "reviewedAt", r.reviewed_by_user_id AS "reviewerId",
         ru.display_name AS "reviewerName", ru.email AS "reviewerEmail"`;

/** Names for the ids of an event; none of these rows is case content. */
export const AUDIT_EVENT_JOINS = `
  LEFT JOIN app_user u ON u.id = e.actor_user_id
  LEFT JOIN agency a ON a.id = e.actor_agency_id
  LEFT JOIN app_user ob ON ob.id = e.on_behalf_of_user_id
  LEFT JOIN case_file c ON c.id = e.case_id AND c.region_id = e.region_id
  LEFT JOIN break_glass bg ON e.action = 'BREAK_GLASS' AND e.record_type = 'break_glass'
        AND bg.id = CASE WHEN e.record_id ~ ${UUID_TEXT} THEN e.record_id::uuid END
        AND bg.region_id = e.region_id
  LEFT JOIN break_glass_review r ON r.audit_event_id = e.id AND r.region_id = e.region_id
  LEFT JOIN app_user ru ON ru.id = r.reviewed_by_user_id`;

export interface AuditEventRow {
  id: string;
  seq: string;
  occurredAt: Date;
  cursorTime: string;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  agencyId: string | null;
  agencyName: string | null;
  agencyType: string | null;
  roles: string[];
  onBehalfOfId: string | null;
  onBehalfOfName: string | null;
  onBehalfOfEmail: string | null;
  action: AuditAction;
  result: AuditResult;
  operation: string;
  caseId: string | null;
  caseReference: string | null;
  personIds: string[];
  categories: string[];
  fields: string[];
  recordType: string | null;
  recordId: string | null;
  accessBasis: string | null;
  purpose: string | null;
  reasonCode: string | null;
  originAddress: string | null;
  requestId: string | null;
  reviewId: string | null;
  reviewVerdict: BreakGlassVerdict | null;
  reviewNote: string | null;
  reviewedAt: Date | null;
  reviewerId: string | null;
  reviewerName: string | null;
  reviewerEmail: string | null;
}

export const auditUser = (
  id: string | null,
  name: string | null,
  email: string | null,
): AuditUserModel | null => (id ? { id, name, email } : null);

export function toAuditEvent(row: AuditEventRow): AuditEventModel {
  return {
    id: row.id,
    seq: row.seq,
    occurredAt: row.occurredAt,
    actor: auditUser(row.actorId, row.actorName, row.actorEmail),
    agency: row.agencyId ? { id: row.agencyId, name: row.agencyName, type: row.agencyType } : null,
    roles: row.roles,
    onBehalfOf: auditUser(row.onBehalfOfId, row.onBehalfOfName, row.onBehalfOfEmail),
    action: row.action,
    result: row.result,
    operation: row.operation,
    caseId: row.caseId,
    caseReference: row.caseReference,
    personCount: row.personIds.length,
    personIds: row.personIds,
    categories: row.categories,
    fields: row.fields,
    recordType: row.recordType,
    recordId: row.recordId,
    accessBasis: row.accessBasis,
    purpose: row.purpose,
    reasonCode: row.reasonCode,
    originAddress: row.originAddress,
    requestId: row.requestId,
    review:
      row.reviewId && row.reviewVerdict && row.reviewedAt && row.reviewerId
        ? {
            id: row.reviewId,
            eventId: row.id,
            verdict: row.reviewVerdict,
            note: row.reviewNote ?? '',
            reviewedAt: row.reviewedAt,
            reviewer: { id: row.reviewerId, name: row.reviewerName, email: row.reviewerEmail },
          }
        : null,
  };
}
