import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REGION_SETTINGS_BOUNDS, regionSettingsSchema } from '@schakel/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { adminChangeEvent } from '../administration/admin-audit';
import { auditActor, AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Caller } from '../auth/caller';
import { InputError } from '../common/input.error';
import { parseInput } from '../common/parse-input';
import { runStatement } from '../database/run-statement';
import type { UpdateRegionalSettingsInput } from './dto/region-settings.input';
import { RegionSettingsError } from './region-settings.error';
import type { RegionalSettingsModel, RegionSettingsModel } from './region-settings.model';
import {
  closingGraceQuery,
  regionalSettingsQuery,
  updateRegionalSettingsQuery,
  type RegionalSettingsFields,
} from './region-settings.queries';

/** What the audit event records: the settings without their version. */
const stateOf = ({ version: _version, ...settings }: RegionalSettingsModel) => settings;

/** The fields GraphQL lets a client leave out; left out (undefined), they keep their value. */
const KEPT_WHEN_OMITTED = [
  'wgsContactEmail',
  'wgsContactPhone',
  'wgsContactAddress',
  'volunteerGoalMin',
  'volunteerGoalMax',
] as const;

function withCurrent(
  fields: Omit<UpdateRegionalSettingsInput, 'expectedVersion'>,
  before: RegionalSettingsModel,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...fields };
  for (const key of KEPT_WHEN_OMITTED) {
    // The goal cannot be cleared: null for it also means "as it is".
    const omitted = key.startsWith('volunteerGoal')
      ? fields[key] == null
      : fields[key] === undefined;
    if (omitted) merged[key] = before[key];
  }
  return merged;
}

/**
 * The region's settings (issue 15 item 2): the functional administrator keeps them, the privacy
 * officer reads them. A change names the version it was based on, so a stale edit is refused
 * instead of silently overwriting another's (EDIT_CONFLICT); it is audited with before/after in
 * its own transaction. A shorter covenant grace period takes effect at once: the change notifies
 * the session cache (region:<id>), which drops the region's sessions before their next request.
 */
@Injectable()
export class RegionSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async read(caller: AuthenticatedUser): Promise<RegionalSettingsModel> {
    return this.get(this.db.manager, caller.regionId, false);
  }

  /** The closing grace period, for every user of the region (case monitoring shows it). */
  async closingGrace(user: AuthenticatedUser): Promise<RegionSettingsModel> {
    const [row] = (await runStatement(this.db, closingGraceQuery(user.regionId))) as
      RegionSettingsModel[] | [];
    if (!row) throw InputError.notFound('The region');
    return row;
  }

  /**
   * All settings; the WGS contactpunt and the volunteer goal may be omitted (older clients), and
   * then keep their current value: they are filled from the locked row before the input is checked.
   */
  async update(caller: Caller, input: UpdateRegionalSettingsInput): Promise<RegionalSettingsModel> {
    const { expectedVersion, ...fields } = input;
    return this.change(caller, (before) => {
      const values = parseInput(regionSettingsSchema(), withCurrent(fields, before));
      if (before.version !== expectedVersion) {
        throw new RegionSettingsError(
          'EDIT_CONFLICT',
          'The settings were changed since you opened them; reload and try again.',
        );
      }
      return values;
    });
  }

  /** The closing grace period alone (case monitoring's setting); the rest stays as it is. */
  async updateClosingGrace(caller: Caller, days: number): Promise<RegionSettingsModel> {
    const { min, max } = REGION_SETTINGS_BOUNDS.closingGraceDays;
    if (!Number.isInteger(days) || days < min || days > max) {
      throw InputError.badInput(
        'closingGraceDays',
        `closingGraceDays must be between ${min} and ${max}.`,
      );
    }
    const after = await this.change(caller, (before) => ({
      ...stateOf(before),
      closingGraceDays: days,
    }));
    return { closingGraceDays: after.closingGraceDays };
  }

  private change(
    caller: Caller,
    next: (before: RegionalSettingsModel) => RegionalSettingsFields,
  ): Promise<RegionalSettingsModel> {
    return this.db.transaction(async (tx) => {
      const before = await this.get(tx, caller.regionId, true);
      const fields = next(before);
      await runStatement(tx, updateRegionalSettingsQuery(caller.regionId, fields));
      const after = await this.get(tx, caller.regionId, false);
      await this.audit.record(
        tx,
        adminChangeEvent(
          {
            regionId: caller.regionId,
            actor: auditActor(caller),
            action: 'ADMIN',
            result: 'ALLOWED',
            operation: 'admin.region.settings',
            record: { type: 'region', id: caller.regionId },
            accessBasis: 'role',
          },
          { before: stateOf(before), after: stateOf(after) },
        ),
      );
      return after;
    });
  }

  private async get(
    q: EntityManager,
    regionId: string,
    lock: boolean,
  ): Promise<RegionalSettingsModel> {
    const [row] = (await runStatement(q, regionalSettingsQuery(regionId, lock))) as
      RegionalSettingsModel[] | [];
    if (!row) throw new RegionSettingsError('NOT_FOUND', 'No such region.');
    return row;
  }
}
