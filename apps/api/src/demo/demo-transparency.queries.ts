import type { Statement } from '../common/sql';

/*
 * The statements of demo-transparency.ts as pure builders. Seed data only: the contact details
 * are invented (example.* domain, a 0900 number).
 */

export function demoWgsContactQuery(regionId: string): Statement {
  return {
    sql: `UPDATE region SET wgs_contact_email = 'contactpunt-privacy@zvh.demo.example',
                            wgs_contact_phone = '0900-0000000',
                            wgs_contact_address = 'Postbus 1, 1234 AA Demostad'
           WHERE id = $1`,
    params: [regionId],
  };
}

/** The person of a demo case was informed `daysAgo` by the named agency (recorded by it). */
export function demoInformedQuery(
  regionId: string,
  reference: string,
  agencyName: string,
  daysAgo: number,
): Statement {
  return {
    sql: `INSERT INTO case_person_informed (region_id, case_id, informed, informed_on,
            informed_by_agency_id, recorded_by_agency_id, explanation)
          SELECT c.region_id, c.id, true,
                 (now() AT TIME ZONE 'Europe/Amsterdam')::date - $4::int, a.id, a.id,
                 'Brief meegegeven in een gesprek en mondeling toegelicht.'
            FROM case_file c JOIN agency a ON a.region_id = c.region_id AND a.name = $3
           WHERE c.region_id = $1 AND c.reference = $2
       RETURNING id`,
    params: [regionId, reference, agencyName, daysAgo],
  };
}
