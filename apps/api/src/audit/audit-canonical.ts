/**
 * The canonical text of an audit row that its hash covers. It must stay byte-for-byte identical
 * to `audit_canonical()` in the 1764000000600-audit migration: the verifier recomputes hashes here,
 * in Node, so a tampered database function cannot vouch for tampered rows.
 *
 * "v1", then every field as "<utf8 bytes>:<text>" ("~" for NULL) and lists as "[<count>" followed
 * by their elements, joined by "|". The length prefixes make the form unambiguous without escaping.
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
}

export const GENESIS_HASH = Buffer.alloc(32);

const field = (value: string | null): string =>
  value === null ? '~' : `${Buffer.byteLength(value, 'utf8')}:${value}`;

const list = (values: readonly string[]): string =>
  `[${values.length}${values.map(field).join('')}]`;

export function canonicalAuditRow(r: CanonicalAuditRow): string {
  return [
    'v1',
    field(r.id),
    field(r.regionId),
    field(r.seq),
    field(r.occurredAt),
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
  ].join('|');
}

/** sha256(prev_hash || canonical text), as the insert trigger computes it. */
export function auditRowHash(prevHash: Buffer, row: CanonicalAuditRow): Buffer {
  return createHash('sha256').update(prevHash).update(canonicalAuditRow(row), 'utf8').digest();
}
