import type { CovenantEntry } from '@schakel/sharing-policy';
import { insertCovenantEntriesQuery, insertCovenantVersionQuery } from './covenant.queries';

/** The one method shared by TypeORM's QueryRunner, EntityManager and DataSource. */
export interface SqlRunner {
  // TypeORM types query results as any; callers state the row type.
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

export interface NewCovenantVersion {
  regionId: string;
  version: number;
  entries: readonly CovenantEntry[];
  note: string;
  userId: string | null;
}

/**
 * Stores a complete covenant version in two statements. Used by the migration, the demo seeder and
 * the covenant service, so a default and an edited covenant are stored alike.
 */
export async function insertCovenantVersion(
  db: SqlRunner,
  version: NewCovenantVersion,
): Promise<string> {
  const versionRow = insertCovenantVersionQuery({
    regionId: version.regionId,
    version: version.version,
    note: version.note,
    userId: version.userId,
  });
  const [row] = (await db.query(versionRow.sql, versionRow.params)) as { id: string }[];
  const rows = version.entries.map((entry) => ({
    agency_type: 'agencyType' in entry.subject ? entry.subject.agencyType : null,
    agency_id: 'agencyId' in entry.subject ? entry.subject.agencyId : null,
    category: entry.category,
    read: entry.read,
    write: entry.write,
    read_summary: entry.readSummary === true,
  }));
  const entryRows = insertCovenantEntriesQuery(row!.id, version.regionId, JSON.stringify(rows));
  await db.query(entryRows.sql, entryRows.params);
  return row!.id;
}
