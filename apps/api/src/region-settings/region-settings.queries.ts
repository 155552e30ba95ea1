import type { Statement } from '../common/sql';

const SETTINGS = `name, contact_email AS "contactEmail", contact_phone AS "contactPhone",
       access_review_months AS "accessReviewMonths", covenant_grace_days AS "covenantGraceDays",
       closing_grace_days AS "closingGraceDays", settings_version AS version`;

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
}

/** Writes the settings and raises the version (the caller checked the one it was sent). */
export function updateRegionalSettingsQuery(
  regionId: string,
  f: RegionalSettingsFields,
): Statement {
  return {
    sql: `UPDATE region SET name = $2, contact_email = $3, contact_phone = $4,
                 access_review_months = $5, covenant_grace_days = $6, closing_grace_days = $7,
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
    ],
  };
}
