import type { Queryable } from '../database/queryable';
import { runStatement } from '../database/run-statement';
import {
  auditChainHeadQuery,
  auditChainRegionIdsQuery,
  auditPurgeAnchorQuery,
  auditPurgeTableExistsQuery,
  auditRowsQuery,
} from './audit.queries';
import {
  auditContentHash,
  auditLinkHash,
  auditRowHash,
  GENESIS_HASH,
  type CanonicalAuditRow,
} from './audit-canonical';

/** Why a chain check stopped at a row. */
export const AUDIT_BREAKS = [
  'SEQ_GAP',
  'PREV_HASH_MISMATCH',
  'HASH_MISMATCH',
  'HEAD_MISMATCH',
] as const;
export type AuditBreak = (typeof AUDIT_BREAKS)[number];

export interface AuditChainCheck {
  regionId: string;
  /** Rows whose links and hashes were checked and found intact. */
  checked: number;
  /** The first row that fails (null when intact, or for HEAD_MISMATCH past the last row). */
  firstBrokenId: string | null;
  firstBrokenSeq: string | null;
  /** The sequence number the chain expected at the break. */
  expectedSeq: string | null;
  reason: AuditBreak | null;
  /** The last intact link (hex), to note down elsewhere: it anchors later checks. */
  headHash: string | null;
}

export interface StoredRow extends CanonicalAuditRow {
  prevHash: Buffer;
  hash: Buffer;
  /** v2 rows: the hash of the content the app sent (null: a v1 row). */
  contentHash: Buffer | null;
}

/**
 * Whether a row's hash is right for its link and its content: v1 from the whole canonical row, v2
 * from the content hash recomputed here (a changed field) and the link over it (a changed hash).
 * The content form is c2, or c3 when the row has a detail (ADR 0018).
 */
export function rowHashIsIntact(prevHash: Buffer, row: StoredRow): boolean {
  if (row.contentHash === null) {
    // A v1 row's hash does not cover a detail: one that has a detail was changed (ADR 0018).
    if ((row.detail ?? null) !== null) return false;
    return auditRowHash(prevHash, row).equals(row.hash);
  }
  return (
    auditContentHash(row).equals(row.contentHash) &&
    auditLinkHash(prevHash, row, row.contentHash).equals(row.hash)
  );
}

export interface VerifyOptions {
  /** Start at this sequence number, trusting that row's prev_hash (default: the start). */
  fromSeq?: bigint;
  /** Rows per statement; memory stays constant whatever the chain's length. */
  pageSize?: number;
}

/** Rows of a region's chain from `fromSeq` on, every value as text the way the hash covers it. */
export async function loadAuditRows(
  q: Queryable,
  regionId: string,
  fromSeq: bigint,
  limit: number,
): Promise<StoredRow[]> {
  return (await runStatement(
    q,
    auditRowsQuery(regionId, fromSeq.toString(), limit, '9223372036854775807'),
  )) as StoredRow[];
}

export interface PurgeAnchor {
  firstSeq: string;
  prevHash: Buffer;
}

/**
 * The newest audit purge of a region (migration 1764000001000-retention): the first event that
 * remains and the link it must carry. Null when nothing was purged (or before that migration).
 */
export async function loadPurgeAnchor(q: Queryable, regionId: string): Promise<PurgeAnchor | null> {
  const [table] = (await runStatement(q, auditPurgeTableExistsQuery())) as {
    exists: boolean;
  }[];
  if (!table?.exists) return null;
  const [anchor] = (await runStatement(q, auditPurgeAnchorQuery(regionId))) as PurgeAnchor[];
  return anchor ?? null;
}

/** Walks one region's chain in pages and reports the first broken link. */
export async function verifyAuditChain(
  q: Queryable,
  regionId: string,
  options: VerifyOptions = {},
): Promise<AuditChainCheck> {
  const pageSize = options.pageSize ?? 2000;
  // After a retention purge the chain starts at the newest anchor, with the link it recorded.
  const anchor = await loadPurgeAnchor(q, regionId);
  const start = anchor ? BigInt(anchor.firstSeq) : 1n;
  let expected = options.fromSeq && options.fromSeq > start ? options.fromSeq : start;
  let prevHash: Buffer | null =
    expected === 1n ? GENESIS_HASH : anchor && expected === start ? anchor.prevHash : null;
  let checked = 0;
  const result = (
    reason: AuditBreak | null,
    row: StoredRow | null,
    headHash: Buffer | null,
  ): AuditChainCheck => ({
    regionId,
    checked,
    firstBrokenId: row?.id ?? null,
    firstBrokenSeq: row?.seq ?? (reason ? expected.toString() : null),
    expectedSeq: reason ? expected.toString() : null,
    reason,
    headHash: headHash?.toString('hex') ?? null,
  });

  // The head first: events committed while the check runs come after it and are left for the next
  // check. Reading it last reported every event written meanwhile as "removed from the end".
  const [head] = (await runStatement(q, auditChainHeadQuery(regionId))) as {
    lastSeq: string;
    lastHash: Buffer;
  }[];
  const until = head ? head.lastSeq : '9223372036854775807';

  for (;;) {
    const rows = (await runStatement(
      q,
      auditRowsQuery(regionId, expected.toString(), pageSize, until),
    )) as StoredRow[];
    for (const row of rows) {
      if (BigInt(row.seq) !== expected) return result('SEQ_GAP', row, prevHash);
      // Starting mid-chain: the first row's own link is the anchor.
      prevHash ??= row.prevHash;
      if (!row.prevHash.equals(prevHash)) return result('PREV_HASH_MISMATCH', row, prevHash);
      if (!rowHashIsIntact(prevHash, row)) return result('HASH_MISMATCH', row, prevHash);
      prevHash = row.hash;
      expected += 1n;
      checked += 1;
    }
    if (rows.length < pageSize) break;
  }

  const noEvents = checked === 0 && expected === start;
  if (!head) return result(noEvents ? null : 'HEAD_MISMATCH', null, prevHash);
  // Rows removed from the end (or a head moved by hand) show here.
  if (BigInt(head.lastSeq) !== expected - 1n || (prevHash && !head.lastHash.equals(prevHash))) {
    return result('HEAD_MISMATCH', null, prevHash);
  }
  return result(null, null, prevHash);
}

/** Every region's chain (regions without events included: their trail must be empty). */
export async function verifyAllAuditChains(
  q: Queryable,
  options: Omit<VerifyOptions, 'fromSeq'> = {},
): Promise<AuditChainCheck[]> {
  const regions = (await runStatement(q, auditChainRegionIdsQuery())) as { id: string }[];
  const checks: AuditChainCheck[] = [];
  for (const { id } of regions) checks.push(await verifyAuditChain(q, id, options));
  return checks;
}
