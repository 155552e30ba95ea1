import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/migrate';
import { Foundation1763800000000 } from '../src/database/migrations/1763800000000-foundation';
import { createTestDatabase, type TestDatabase } from './support/test-database';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

it('upgrades a foundation database: existing regions get covenant version 1 with the default', async () => {
  const old = new DataSource({
    ...dataSourceOptions(database.url),
    migrations: [Foundation1763800000000],
  });
  await old.initialize();
  await runMigrations(old);
  await old.query(`INSERT INTO region (code, name) VALUES ('oud', 'Bestaande regio')`);
  await old.destroy();

  const current = new DataSource(dataSourceOptions(database.url));
  await current.initialize();
  try {
    expect((await runMigrations(current)).length).toBeGreaterThan(0);
    const [row] = await current.query<
      { version: number; entries: number; careReadsCare: number; policeReadsCare: number }[]
    >(
      `SELECT v.version, count(e.id)::int AS entries,
              count(*) FILTER (WHERE e.agency_type = 'CARE' AND e.category = 'CARE' AND e.read)::int AS "careReadsCare",
              count(*) FILTER (WHERE e.agency_type = 'POLICE' AND e.category = 'CARE' AND e.read)::int AS "policeReadsCare"
         FROM covenant_version v JOIN region r ON r.id = v.region_id JOIN covenant_entry e ON e.version_id = v.id
        WHERE r.code = 'oud' GROUP BY v.version`,
    );
    expect(row).toEqual({ version: 1, entries: 100, careReadsCare: 1, policeReadsCare: 0 });
  } finally {
    await current.destroy();
  }
});
