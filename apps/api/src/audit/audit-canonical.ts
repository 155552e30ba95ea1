/**
 * The canonical text of an audit row that its hash covers. The verifier recomputes hashes here,
 * in Node, so a tampered database function cannot vouch for tampered rows.
 *
 * v1 (`audit_canonical()` in the 1764000000600-audit migration, byte for byte): "v1", then every
 * field as "<utf8 bytes>:<text>" ("~" for NULL) and lists as "[<count>" followed by their
 * elements, joined by "|". The length prefixes make the form unambiguous without escaping.
 *
 * v2 (ADR 0009, migration 1764000001100): the app hashes the content — the same form without id,
 * seq and time, prefixed "c2" (`audit_content()` in SQL) — and the insert trigger links
 * `sha256(prev_hash ‖ "v2|<id>|<seq>|<time>|" ‖ content_hash)`.
 *
 * c3 (ADR 0018, migration 1764000003400): an event with a `detail` (before/after of a security or
 * administrative change, stored as the exact JSON text the app wrote) hashes the c2 fields
 * prefixed "c3" and followed by the detail as one more field. An event without detail keeps the
 * c2 form byte for byte, so every row written before the migration verifies unchanged; emptying a
 * c3 row's detail makes the verifier recompute a c2 hash, which cannot match the stored one.
 */
import { createHash } from 'node:crypto';

/** A stored row with every value as PostgreSQL prints it (uuid lower case, time in UTC µs). */
export interface CanonicalAuditRow {
  id: string;
  regionId: string;
  seq: string;
  occurredAt: string;
  actorUserId: string | null;
  onBehalfOfUserId: string | null;
  actorAgencyId: string | null;
  actorAgencyType: string | null;
  actorRoles: readonly string[];
  action: string;
  result: string;
  operation: string;
  personIds: readonly string[];
  caseId: string | null;
  categories: readonly string[];
  fields: readonly string[];
  recordType: string | null;
  recordId: string | null;
  accessBasis: string | null;
  purpose: string | null;
  reasonCode: string | null;
  originAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** The before/after text of a c3 event (ADR 0018); null or absent: a c2 (or v1) event. */
  detail?: string | null;
}

/** What the app knows of an event before the database gives it an id, seq and time. */
export type AuditContent = Omit<CanonicalAuditRow, 'id' | 'seq' | 'occurredAt'>;

export const GENESIS_HASH = Buffer.alloc(32);

const field = (value: string | null): string =>
  value === null ? '~' : `${Buffer.byteLength(value, 'utf8')}:${value}`;

const list = (values: readonly string[]): string =>
  `[${values.length}${values.map(field).join('')}]`;

const contentFields = (r: AuditContent): string[] => [
  field(r.actorUserId),
  field(r.onBehalfOfUserId),
  field(r.actorAgencyId),
  field(r.actorAgencyType),
  list(r.actorRoles),
  field(r.action),
  field(r.result),
  field(r.operation),
  list(r.personIds),
  field(r.caseId),
  list(r.categories),
  list(r.fields),
  field(r.recordType),
  field(r.recordId),
  field(r.accessBasis),
  field(r.purpose),
  field(r.reasonCode),
  field(r.originAddress),
  field(r.userAgent),
  field(r.requestId),
];

export function canonicalAuditRow(r: CanonicalAuditRow): string {
  return [
    'v1',
    field(r.id),
    field(r.regionId),
    field(r.seq),
    field(r.occurredAt),
    ...contentFields(r),
  ].join('|');
}

/**
 * The content form: everything but id, seq and time — "c2" without a detail, "c3" with the
 * detail appended as the last field.
 */
export function canonicalAuditContent(r: AuditContent): string {
  const detail = r.detail ?? null;
  if (detail === null) return ['c2', field(r.regionId), ...contentFields(r)].join('|');
  return ['c3', field(r.regionId), ...contentFields(r), field(detail)].join('|');
}

export function auditContentHash(r: AuditContent): Buffer {
  return createHash('sha256').update(canonicalAuditContent(r), 'utf8').digest();
}

/** The v2 link the insert trigger computes. */
export function auditLinkHash(
  prevHash: Buffer,
  row: Pick<CanonicalAuditRow, 'id' | 'seq' | 'occurredAt'>,
  contentHash: Buffer,
): Buffer {
  return createHash('sha256')
    .update(prevHash)
    .update(`v2|${row.id}|${row.seq}|${row.occurredAt}|`, 'utf8')
    .update(contentHash)
    .digest();
}

/** sha256(prev_hash || canonical text), as the insert trigger computes it. */
export function auditRowHash(prevHash: Buffer, row: CanonicalAuditRow): Buffer {
  return createHash('sha256').update(prevHash).update(canonicalAuditRow(row), 'utf8').digest();
}
