import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuditAction } from '../audit/audit.kinds';
import type { Caller } from '../auth/caller';
import { runStatement } from '../database/run-statement';
import { PolicyService } from '../sharing/policy.service';
import { InputError } from '../common/input.error';
import { periodArgs } from './audit-search.service';
import { PRIVACY_OFFICE_OPERATIONS, requireAuditTrail } from './privacy-office.access';
import { ACCESS_ACTIONS } from './privacy-office.enums';
import { outsideParticipationQuery, volumeQuery } from './privacy-office.queries';
import type {
  AuditAnomaliesModel,
  OutsideParticipationFlagModel,
  VolumeFlagModel,
} from './privacy-office.model';

/**
 * The volume rule (docs/privacy.md): a day above max(MINIMUM, FACTOR × own median, FACTOR ×
 * the role's median) is flagged.
 */
export const VOLUME_MINIMUM = 100;
export const VOLUME_FACTOR = 3;
export const VOLUME_BASELINE_DAYS = 30;
/** Longest period one request computes, in days. */
export const MAX_ANOMALY_DAYS = 31;
/** Most outside-participation flags returned; more means: narrow the period. */
export const MAX_OUTSIDE_FLAGS = 500;

interface OutsideRow {
  day: string;
  userId: string;
  userName: string | null;
  userEmail: string | null;
  agencyId: string;
  agencyName: string | null;
  agencyType: string | null;
  personId: string;
  personName: string | null;
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
  roleMedian: number;
  roleDays: number;
  roles: string[];
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

  async anomalies(user: Caller, fromInput: string, toInput: string): Promise<AuditAnomaliesModel> {
    const { from, to } = periodArgs(fromInput, toInput);
    if (!from) throw InputError.badInput('from', 'from is required.');
    if (!to) throw InputError.badInput('to', 'to is required.');
    if (dayCount(from, to) > MAX_ANOMALY_DAYS) {
      throw InputError.badInput('to', `The period is at most ${MAX_ANOMALY_DAYS} days.`);
    }
    await requireAuditTrail(this.policies, user, 'read');

    const outside = (await runStatement(
      this.db,
      outsideParticipationQuery({
        regionId: user.regionId,
        from,
        to,
        accessActions: ACCESS_ACTIONS,
        excludedOperations: PRIVACY_OFFICE_OPERATIONS,
        limit: MAX_OUTSIDE_FLAGS + 1,
      }),
    )) as OutsideRow[];
    const volume = (await runStatement(
      this.db,
      volumeQuery({
        regionId: user.regionId,
        from,
        to,
        baselineDays: VOLUME_BASELINE_DAYS,
        minimum: VOLUME_MINIMUM,
        factor: VOLUME_FACTOR,
      }),
    )) as VolumeRow[];

    const flags: OutsideParticipationFlagModel[] = outside.slice(0, MAX_OUTSIDE_FLAGS).map((r) => ({
      day: r.day,
      user: { id: r.userId, name: r.userName, email: r.userEmail },
      agency: { id: r.agencyId, name: r.agencyName, type: r.agencyType },
      personId: r.personId,
      personName: r.personName,
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
      roles: r.roles,
      roleMedianDaily: r.roleMedian,
      roleDays: r.roleDays,
      threshold: r.threshold,
    }));
    // The flags name their persons: the officer read those names (IDENTITY).
    user.note({
      personIds: flags.map((f) => f.personId),
      ...(flags.length > 0 ? { categories: ['IDENTITY'] } : {}),
    });
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
