import type { Statement } from '../common/sql';

/*
 * The statements of demo-volunteer-couplings.ts as pure builders. Seed data only: the values are
 * the demo data's, passed through as given.
 */

// The age band of the person today, as ageBand() in @schakel/domain computes it.
const AGE_BAND = `(SELECT CASE WHEN a < 18 THEN 'UNDER_18' WHEN a < 24 THEN 'AGE_18_23'
   WHEN a < 30 THEN 'AGE_24_29' WHEN a < 40 THEN 'AGE_30_39' WHEN a < 50 THEN 'AGE_40_49'
   WHEN a < 65 THEN 'AGE_50_64' ELSE 'AGE_65_PLUS' END
   FROM (SELECT date_part('year', age((now() AT TIME ZONE 'Europe/Amsterdam')::date,
                                      p.date_of_birth))::int AS a) y)`;

/** A match request from the demo probation officer to Exodus, `daysAgo`, with these fields. */
export function insertDemoCouplingQuery(
  regionId: unknown,
  reference: unknown,
  c: Record<string, unknown>,
): Statement {
  return {
    sql: `INSERT INTO volunteer_coupling (region_id, case_id, volunteer_agency_id,
            requested_by_agency_id, requested_by_user_id, requested_at, first_name, age_band, wijk,
            help_asked, availability, safety_note, status, decided_at, volunteer_name,
            volunteer_phone, coupled_at, coordinator_user_id)
          SELECT $1, c.id, x.id, u.agency_id, u.id, now() - make_interval(days => $3),
                 split_part(p.given_names, ' ', 1), ${AGE_BAND}, COALESCE(ar.name, p.wijk),
                 $4::text[], $5, $6, $7,
                 CASE WHEN $7 = 'COUPLED' THEN now() - make_interval(days => $3 - 3) END,
                 $8, $9,
                 CASE WHEN $7 = 'COUPLED' THEN now() - make_interval(days => $3 - 7) END,
                 CASE WHEN $7 = 'COUPLED' THEN k.id END
            FROM case_file c
            JOIN person p ON p.id = c.subject_person_id
            LEFT JOIN area ar ON ar.id = p.area_id
            JOIN agency x ON x.region_id = c.region_id AND x.name = 'Exodus Demo-regio'
            JOIN app_user u ON u.email = 'reclassering@reclassering.demo.example'
            JOIN app_user k ON k.email = 'exodus@exodus.demo.example'
           WHERE c.region_id = $1 AND c.reference = $2
          RETURNING id`,
    params: [
      regionId,
      reference,
      c['daysAgo'],
      c['helpAsked'],
      c['availability'],
      c['safetyNote'] ?? null,
      c['status'],
      c['volunteerName'] ?? null,
      c['volunteerPhone'] ?? null,
    ],
  };
}

export function insertDemoProgressQuery(
  regionId: unknown,
  couplingId: unknown,
  daysAgo: unknown,
  note: unknown,
): Statement {
  return {
    sql: `INSERT INTO volunteer_coupling_progress (region_id, coupling_id, noted_on, note,
            recorded_by_user_id)
          SELECT $1, $2, (now() AT TIME ZONE 'Europe/Amsterdam')::date - $3::int, $4, k.id
            FROM app_user k WHERE k.email = 'exodus@exodus.demo.example'`,
    params: [regionId, couplingId, daysAgo, note],
  };
}
