import type { Statement } from '../common/sql';

const SETTINGS = `name, contact_email AS "contactEmail", contact_phone AS "contactPhone",
       access_review_months AS "accessReviewMonths", covenant_grace_days AS "covenantGraceDays",
       closing_grace_days AS "closingGraceDays",
       wgs_contact_email AS "wgsContactEmail", wgs_contact_phone AS "wgsContactPhone",
       wgs_contact_address AS "wgsContactAddress",
       volunteer_goal_min AS "volunteerGoalMin", volunteer_goal_max AS "volunteerGoalMax",
       settings_version AS version`;

/** The region's settings; `lock` holds the row for the change that follows. */
export function regionalSettingsQuery(regionId: string, lock = false): Statement {
  return {
    sql: `SELECT ${SETTINGS} FROM region WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    params: [regionId],
  };
}

/** The grace period of closed cases only, as every user of the region may read it. */
export function closingGraceQuery(regionId: string): Statement {
  return {
    sql: `SELECT closing_grace_days AS "closingGraceDays" FROM region WHERE id = $1`,
    params: [regionId],
  };
}

export interface RegionalSettingsFields {
  name: string;
  contactEmail: string | null;
  contactPhone: string | null;
  accessReviewMonths: number;
  covenantGraceDays: number;
  closingGraceDays: number;
  wgsContactEmail: string | null;
  wgsContactPhone: string | null;
  wgsContactAddress: string | null;
  volunteerGoalMin: number;
  volunteerGoalMax: number;
}

/** Writes the settings and raises the version (the caller checked the one it was sent). */
export function updateRegionalSettingsQuery(
  regionId: string,
  f: RegionalSettingsFields,
): Statement {
  return {
    sql: `UPDATE region SET name = $2, contact_email = $3, contact_phone = $4,
                 access_review_months = $5, covenant_grace_days = $6, closing_grace_days = $7,
                 wgs_contact_email = $8, wgs_contact_phone = $9, wgs_contact_address = $10,
                 volunteer_goal_min = $11, volunteer_goal_max = $12,
                 settings_version = settings_version + 1
           WHERE id = $1`,
    params: [
      regionId,
      f.name,
      f.contactEmail,
      f.contactPhone,
      f.accessReviewMonths,
      f.covenantGraceDays,
      f.closingGraceDays,
      f.wgsContactEmail,
      f.wgsContactPhone,
      f.wgsContactAddress,
      f.volunteerGoalMin,
      f.volunteerGoalMax,
    ],
  };
}
