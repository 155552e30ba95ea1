import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { auditNote } from '../audit/audit-scope';
import type { AuditAction } from '../audit/audit.kinds';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import { periodArgs } from './audit-search.service';
import { PRIVACY_OFFICE_OPERATIONS, requireAuditTrail } from './privacy-office.access';
import { ACCESS_ACTIONS } from './privacy-office.enums';
import type {
  AuditAnomaliesModel,
  OutsideParticipationFlagModel,
  VolumeFlagModel,
} from './privacy-office.model';

/** The volume rule (docs/privacy.md): a day above max(MINIMUM, FACTOR × median) is flagged. */
export const VOLUME_MINIMUM = 100;
export const VOLUME_FACTOR = 3;
export const VOLUME_BASELINE_DAYS = 30;
/** Longest period one request computes, in days. */
export const MAX_ANOMALY_DAYS = 31;
/** Most outside-participation flags returned; more means: narrow the period. */
export const MAX_OUTSIDE_FLAGS = 500;

const DAY_START = (param: string) => `(${param}::date::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
const DAY_END = (param: string) =>
  `((${param}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
const LOCAL_DAY = (column: string) => `(${column} AT TIME ZONE 'Europe/Amsterdam')::date`;

/**
 * Rule (a): an access to a person while the actor's agency took part in no case of that person
 * at that moment. A person's cases: cases about them (subject) and cases holding an item about
 * them. The privacy office's own trail searches are left out: they are about the trail.
 */
const OUTSIDE_PARTICIPATION_SQL = `
  WITH access AS (
    SELECT e.id, e.occurred_at, e.actor_user_id, e.actor_agency_id, e.action, e.operation,
           e.purpose, e.access_basis, p.person_id
      FROM audit_event e CROSS JOIN LATERAL unnest(e.person_ids) AS p(person_id)
     WHERE e.region_id = $1 AND e.occurred_at >= ${DAY_START('$2')} AND e.occurred_at < ${DAY_END('$3')}
       AND e.action = ANY($4::text[]) AND e.result = 'ALLOWED'
       AND e.actor_user_id IS NOT NULL AND e.actor_agency_id IS NOT NULL
       AND e.operation <> ALL($5::text[])
       AND NOT EXISTS (
         SELECT 1 FROM case_participant cp
          WHERE cp.region_id = e.region_id AND cp.agency_id = e.actor_agency_id
            AND cp.started_at <= e.occurred_at
            AND (cp.ended_at IS NULL OR cp.ended_at > e.occurred_at)
            AND (cp.case_id IN (SELECT c.id FROM case_file c
                                 WHERE c.subject_person_id = p.person_id
                                   AND c.region_id = e.region_id)
                 OR cp.case_id IN (SELECT i.case_id FROM information_item i
                                    WHERE i.person_id = p.person_id)))
  ), flagged AS (
    SELECT actor_user_id, actor_agency_id, person_id, ${LOCAL_DAY('occurred_at')} AS day,
           count(DISTINCT id)::int AS n,
           array_agg(DISTINCT action ORDER BY action) AS actions,
           array_agg(DISTINCT operation ORDER BY operation) AS operations,
           coalesce(array_agg(DISTINCT purpose ORDER BY purpose)
             FILTER (WHERE purpose IS NOT NULL), '{}') AS purposes,
           coalesce(array_agg(DISTINCT access_basis ORDER BY access_basis)
             FILTER (WHERE access_basis IS NOT NULL), '{}') AS bases,
           bool_and(action = 'LOOKUP') AS "lookupOnly",
           min(occurred_at) AS "firstAt", max(occurred_at) AS "lastAt"
      FROM access GROUP BY actor_user_id, actor_agency_id, person_id, day
  )
  SELECT to_char(f.day, 'YYYY-MM-DD') AS day, f.actor_user_id AS "userId",
         u.display_name AS "userName", u.email AS "userEmail", f.actor_agency_id AS "agencyId",
         a.name AS "agencyName", a.type AS "agencyType", f.person_id AS "personId", f.n,
         f.actions, f.operations, f.purposes, f.bases, f."lookupOnly", f."firstAt", f."lastAt"
    FROM flagged f
    LEFT JOIN app_user u ON u.id = f.actor_user_id
    LEFT JOIN agency a ON a.id = f.actor_agency_id
   ORDER BY f.day DESC, f.n DESC, f.actor_user_id, f.person_id
   LIMIT $6`;

/**
 * Rule (b): a user's events on one day above max(minimum, factor × median daily count over the
 * baseline days before it); days without events count as 0 in the median.
 */
const VOLUME_SQL = `
  WITH daily AS (
    SELECT e.actor_user_id AS user_id, ${LOCAL_DAY('e.occurred_at')} AS day, count(*)::int AS n
      FROM audit_event e
     WHERE e.region_id = $1 AND e.actor_user_id IS NOT NULL
       AND e.occurred_at >= ((($2::date - $4::int))::timestamp AT TIME ZONE 'Europe/Amsterdam')
       AND e.occurred_at < ${DAY_END('$3')}
     GROUP BY 1, 2
  ), judged AS (
    SELECT d.user_id, d.day, d.n,
           (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY coalesce(b.n, 0))
              FROM generate_series(d.day - $4::int, d.day - 1, interval '1 day') AS g(day)
              LEFT JOIN daily b ON b.user_id = d.user_id AND b.day = g.day::date) AS median
      FROM daily d WHERE d.day BETWEEN $2::date AND $3::date
  )
  SELECT to_char(j.day, 'YYYY-MM-DD') AS day, j.user_id AS "userId", u.display_name AS "userName",
         u.email AS "userEmail", a.id AS "agencyId", a.name AS "agencyName",
         a.type AS "agencyType", j.n, j.median::float8 AS median,
         greatest($5::float8, $6::float8 * j.median)::float8 AS threshold
    FROM judged j
    LEFT JOIN app_user u ON u.id = j.user_id
    LEFT JOIN agency a ON a.id = u.agency_id
   WHERE j.n > greatest($5::float8, $6::float8 * j.median)
   ORDER BY j.day DESC, j.n DESC, j.user_id`;

interface OutsideRow {
  day: string;
  userId: string;
  userName: string | null;
  userEmail: string | null;
  agencyId: string;
  agencyName: string | null;
  agencyType: string | null;
  personId: string;
  n: number;
  actions: AuditAction[];
  operations: string[];
  purposes: string[];
  bases: string[];
  lookupOnly: boolean;
  firstAt: Date;
  lastAt: Date;
}

interface VolumeRow {
  day: string;
  userId: string;
  userName: string | null;
  userEmail: string | null;
  agencyId: string | null;
  agencyName: string | null;
  agencyType: string | null;
  n: number;
  median: number;
  threshold: number;
}

const dayCount = (from: string, to: string): number =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;

/** The two anomaly rules over a period, computed in SQL (issue 6, item 3). */
@Injectable()
export class AuditAnomalyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async anomalies(
    user: AuthenticatedUser,
    fromInput: string,
    toInput: string,
  ): Promise<AuditAnomaliesModel> {
    const { from, to } = periodArgs(fromInput, toInput);
    if (!from) throw SharingError.badInput('from', 'from is required.');
    if (!to) throw SharingError.badInput('to', 'to is required.');
    if (dayCount(from, to) > MAX_ANOMALY_DAYS) {
      throw SharingError.badInput('to', `The period is at most ${MAX_ANOMALY_DAYS} days.`);
    }
    await requireAuditTrail(this.policies, user, 'read');

    const outside = await this.db.query<OutsideRow[]>(OUTSIDE_PARTICIPATION_SQL, [
      user.regionId,
      from,
      to,
      ACCESS_ACTIONS,
      PRIVACY_OFFICE_OPERATIONS,
      MAX_OUTSIDE_FLAGS + 1,
    ]);
    const volume = await this.db.query<VolumeRow[]>(VOLUME_SQL, [
      user.regionId,
      from,
      to,
      VOLUME_BASELINE_DAYS,
      VOLUME_MINIMUM,
      VOLUME_FACTOR,
    ]);

    const flags: OutsideParticipationFlagModel[] = outside.slice(0, MAX_OUTSIDE_FLAGS).map((r) => ({
      day: r.day,
      user: { id: r.userId, name: r.userName, email: r.userEmail },
      agency: { id: r.agencyId, name: r.agencyName, type: r.agencyType },
      personId: r.personId,
      eventCount: r.n,
      actions: r.actions,
      operations: r.operations,
      purposes: r.purposes,
      accessBases: r.bases,
      lookupOnly: r.lookupOnly,
      firstAt: r.firstAt,
      lastAt: r.lastAt,
    }));
    const volumeFlags: VolumeFlagModel[] = volume.map((r) => ({
      day: r.day,
      user: { id: r.userId, name: r.userName, email: r.userEmail },
      agency: r.agencyId ? { id: r.agencyId, name: r.agencyName, type: r.agencyType } : null,
      eventCount: r.n,
      medianDaily: r.median,
      threshold: r.threshold,
    }));
    auditNote({ personIds: flags.map((f) => f.personId) });
    return {
      from,
      to,
      outsideParticipation: flags,
      outsideParticipationTruncated: outside.length > MAX_OUTSIDE_FLAGS,
      volume: volumeFlags,
      volumeMinimum: VOLUME_MINIMUM,
      volumeFactor: VOLUME_FACTOR,
      volumeBaselineDays: VOLUME_BASELINE_DAYS,
    };
  }
}
