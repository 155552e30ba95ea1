import type { Statement } from '../common/sql';
import { participationActive } from '../sharing/need-to-know';

/*
 * The transparency letter and the informed record (ADR 0035) as pure statement builders. The
 * service checks the caller on the case first (a lead who may read it) and passes what it may
 * read (`withName`) into the statement; nothing here is filtered by anyone else's rights.
 */

/** The case's reference and theme; the person's name only when the caller may read IDENTITY. */
export function letterCaseQuery(caseId: string, regionId: string, withName: boolean): Statement {
  return {
    sql: `SELECT c.reference, c.theme,
                 CASE WHEN $3::boolean THEN concat_ws(' ', p.given_names, p.family_name) END
                   AS "personName"
            FROM case_file c JOIN person p ON p.id = c.subject_person_id
           WHERE c.id = $1 AND c.region_id = $2`,
    params: [caseId, regionId, withName],
  };
}

/**
 * The agencies that take part in the case now, at generation time: name, type and the legal
 * basis of their participation (the earliest active one per agency). Never the participation's
 * reason: a free text that may carry CARE or POLICE content.
 */
export function letterPartnersQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT DISTINCT ON (a.id) a.id, a.name, a.type, cp.legal_basis AS "legalBasis",
                 cp.started_at AS "startedAt"
            FROM case_participant cp JOIN agency a ON a.id = cp.agency_id
           WHERE cp.case_id = $1 AND cp.region_id = $2 AND ${participationActive('cp')}
           ORDER BY a.id, cp.started_at`,
    params: [caseId, regionId],
  };
}

/** The entries of the region's current covenant version (read and summary rights only). */
export function currentCovenantEntriesQuery(regionId: string): Statement {
  return {
    sql: `SELECT e.agency_type AS "agencyType", e.agency_id AS "agencyId", e.category, e.read,
                 e.write, e.read_summary AS "readSummary"
            FROM covenant_entry e
           WHERE e.version_id = (SELECT v.id FROM covenant_version v WHERE v.region_id = $1
                                  ORDER BY v.version DESC LIMIT 1)`,
    params: [regionId],
  };
}

export function retentionPeriodsQuery(regionId: string): Statement {
  return {
    sql: `SELECT category, months FROM retention_period WHERE region_id = $1`,
    params: [regionId],
  };
}

/**
 * The region's Veiligheidshuis and its WGS contactpunt; the ZVH desk's details stand in for a
 * contactpunt detail the region has not set.
 */
export function letterRegionQuery(regionId: string): Statement {
  return {
    sql: `SELECT r.name,
                 (SELECT a.name FROM agency a WHERE a.region_id = r.id AND a.type = 'ZVH'
                   ORDER BY a.name LIMIT 1) AS "zvhName",
                 COALESCE(r.wgs_contact_email, r.contact_email) AS email,
                 COALESCE(r.wgs_contact_phone, r.contact_phone) AS phone,
                 r.wgs_contact_address AS address
            FROM region r WHERE r.id = $1`,
    params: [regionId],
  };
}

const INFORMED_COLUMNS = `i.id, i.informed, to_char(i.informed_on, 'YYYY-MM-DD') AS "informedOn",
       CASE WHEN ia.id IS NULL THEN NULL
            ELSE json_build_object('id', ia.id, 'name', ia.name, 'type', ia.type) END
         AS "informedBy",
       i.not_informed_reason AS "notInformedReason", i.explanation,
       json_build_object('id', ra.id, 'name', ra.name, 'type', ra.type) AS "recordedBy",
       i.recorded_at AS "recordedAt", i.revision`;

/** The case's informed record, if any. */
export function informedRecordQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT ${INFORMED_COLUMNS}
            FROM case_person_informed i
            JOIN agency ra ON ra.id = i.recorded_by_agency_id
            LEFT JOIN agency ia ON ia.id = i.informed_by_agency_id
           WHERE i.case_id = $1 AND i.region_id = $2`,
    params: [caseId, regionId],
  };
}

/**
 * What the referral said (the pre-fill before anything is recorded): whether the referrer
 * informed the person, by which agency and when it referred. Not the referral's free-text reason
 * why not: that text is masked by its categories on the referral itself.
 */
export function referralAnswerQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT r.person_informed AS "informed", to_char(r.referred_at AT TIME ZONE
                   'Europe/Amsterdam', 'YYYY-MM-DD') AS "referredOn",
                 json_build_object('id', a.id, 'name', a.name, 'type', a.type) AS "referrer"
            FROM referral r JOIN case_file c ON c.id = r.case_id
            JOIN agency a ON a.id = c.referring_agency_id
           WHERE r.case_id = $1 AND r.region_id = $2`,
    params: [caseId, regionId],
  };
}

/** The agencies that take or took part in the case: who may have informed the person. */
export function caseAgenciesQuery(caseId: string, regionId: string): Statement {
  return {
    sql: `SELECT DISTINCT a.id, a.name, a.type
            FROM case_participant cp JOIN agency a ON a.id = cp.agency_id
           WHERE cp.case_id = $1 AND cp.region_id = $2
           ORDER BY a.name, a.id`,
    params: [caseId, regionId],
  };
}

export interface InformedWrite {
  regionId: string;
  caseId: string;
  informed: boolean;
  informedOn: string | null;
  informedByAgencyId: string | null;
  notInformedReason: string | null;
  explanation: string | null;
  userId: string;
  agencyId: string;
}

/** The first record of a case; no row when one exists meanwhile (EDIT_CONFLICT). */
export function insertInformedQuery(w: InformedWrite): Statement {
  return {
    sql: `INSERT INTO case_person_informed (region_id, case_id, informed, informed_on,
            informed_by_agency_id, not_informed_reason, explanation, recorded_by_user_id,
            recorded_by_agency_id)
          VALUES ($1, $2, $3, $4::date, $5, $6, $7, $8, $9)
          ON CONFLICT (case_id) DO NOTHING
          RETURNING id`,
    params: [
      w.regionId,
      w.caseId,
      w.informed,
      w.informedOn,
      w.informedByAgencyId,
      w.notInformedReason,
      w.explanation,
      w.userId,
      w.agencyId,
    ],
  };
}

/** Changes the record at the revision the caller read; no row when that is stale. */
export function updateInformedQuery(w: InformedWrite, revision: number): Statement {
  return {
    sql: `UPDATE case_person_informed
             SET informed = $3, informed_on = $4::date, informed_by_agency_id = $5,
                 not_informed_reason = $6, explanation = $7, recorded_by_user_id = $8,
                 recorded_by_agency_id = $9, recorded_at = now(), revision = revision + 1
           WHERE region_id = $1 AND case_id = $2 AND revision = $10
       RETURNING id`,
    params: [
      w.regionId,
      w.caseId,
      w.informed,
      w.informedOn,
      w.informedByAgencyId,
      w.notInformedReason,
      w.explanation,
      w.userId,
      w.agencyId,
      revision,
    ],
  };
}
