import type { CovenantEntry } from '@schakel/sharing-policy';

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
  const [row] = (await db.query(
    `INSERT INTO covenant_version (region_id, version, note, created_by_user_id)
     VALUES ($1, $2, $3, $4) RETURNING id`,
    [version.regionId, version.version, version.note, version.userId],
  )) as { id: string }[];
  const rows = version.entries.map((entry) => ({
    agency_type: 'agencyType' in entry.subject ? entry.subject.agencyType : null,
    agency_id: 'agencyId' in entry.subject ? entry.subject.agencyId : null,
    category: entry.category,
    read: entry.read,
    write: entry.write,
    read_summary: entry.readSummary === true,
  }));
  await db.query(
    `INSERT INTO covenant_entry
       (version_id, region_id, agency_type, agency_id, category, read, write, read_summary)
     SELECT $1, $2, x.agency_type, x.agency_id, x.category, x.read, x.write, x.read_summary
       FROM jsonb_to_recordset($3::jsonb) AS x(agency_type text, agency_id uuid, category text,
            read boolean, write boolean, read_summary boolean)`,
    [row!.id, version.regionId, JSON.stringify(rows)],
  );
  return row!.id;
}
