import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  areaSchema,
  formatPostcodeRange,
  rangesOverlap,
  updateAreaSchema,
  type PostcodeRange,
} from '@schakel/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { adminChangeEvent } from '../administration/admin-audit';
import { auditActor, AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Caller } from '../auth/caller';
import { parseInput } from '../common/parse-input';
import { runStatement } from '../database/run-statement';
import { planAreaImport, type StoredArea } from './area-import';
import { AreaError } from './area.error';
import type { AreaImportModel, AreaModel } from './area.model';
import {
  areaForPostcodeQuery,
  areasQuery,
  deleteRangesQuery,
  insertAreaQuery,
  insertRangesQuery,
  lockRegionAreasQuery,
  reassignPersonsQuery,
  updateAreaQuery,
} from './area.queries';
import type { CreateAreaInput, UpdateAreaInput } from './dto/area.inputs';

const toModel = (area: StoredArea): AreaModel => ({
  ...area,
  ranges: area.ranges.map((r) => ({
    from: r.pc6 ?? String(r.pc4From),
    to: r.pc6 ?? String(r.pc4To),
  })),
});
/** What the audit event records of a wijk: its name, state and postcodes. */
const stateOf = (area: { name: string; active?: boolean; ranges: PostcodeRange[] }) => ({
  name: area.name,
  active: area.active ?? true,
  ranges: area.ranges.map(formatPostcodeRange),
});
const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * The region's wijken (ADR 0026). Everyone of the region reads them (the referral form derives a
 * wijk from a postcode); the functional administrator changes them, one change at a time per
 * region (overlaps are checked against the others' ranges), each audited in its transaction with
 * before/after. After every change the region's persons get the wijk of their postcode again.
 */
@Injectable()
export class AreaService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(caller: AuthenticatedUser, includeInactive: boolean): Promise<AreaModel[]> {
    return (await this.stored(this.db.manager, caller.regionId, includeInactive)).map(toModel);
  }

  async forPostcode(caller: AuthenticatedUser, postcode: string): Promise<AreaModel | null> {
    const normal = postcode.replace(/\s+/g, '').toUpperCase();
    if (!/^[1-9][0-9]{3}[A-Z]{2}$/.test(normal)) return null;
    const [row] = (await runStatement(
      this.db,
      areaForPostcodeQuery(caller.regionId, normal),
    )) as StoredArea[];
    return row ? toModel(row) : null;
  }

  async create(caller: Caller, input: CreateAreaInput): Promise<AreaModel> {
    const value = parseInput(areaSchema(), input);
    return this.db.transaction(async (tx) => {
      const others = await this.lockAndRead(tx, caller.regionId);
      this.checkOverlap(value.ranges, others);
      const id = await this.insert(tx, caller.regionId, value.name);
      await runStatement(tx, insertRangesQuery(caller.regionId, id, value.ranges));
      await runStatement(tx, reassignPersonsQuery(caller.regionId));
      await this.record(tx, caller, 'admin.area.create', id, { after: stateOf(value) });
      return this.one(tx, caller.regionId, id);
    });
  }

  async update(caller: Caller, input: UpdateAreaInput): Promise<AreaModel> {
    const value = parseInput(updateAreaSchema(), input);
    return this.db.transaction(async (tx) => {
      const all = await this.lockAndRead(tx, caller.regionId);
      const before = all.find((area) => area.id === value.id);
      if (!before) throw new AreaError('NOT_FOUND', 'No such wijk in your region.');
      if (before.version !== value.expectedVersion) {
        throw new AreaError(
          'EDIT_CONFLICT',
          'The wijk was changed since you opened it; reload and try again.',
        );
      }
      if (value.active) {
        this.checkOverlap(
          value.ranges,
          all.filter((area) => area.id !== value.id),
        );
      }
      try {
        const rows = (await runStatement(
          tx,
          updateAreaQuery(
            caller.regionId,
            value.id,
            value.name,
            value.active,
            value.expectedVersion,
          ),
        )) as unknown[];
        if (rows.length === 0) throw new AreaError('EDIT_CONFLICT', 'The wijk was changed.');
      } catch (error) {
        if (isUniqueViolation(error)) throw this.nameTaken();
        throw error;
      }
      await runStatement(tx, deleteRangesQuery(caller.regionId, value.id));
      await runStatement(tx, insertRangesQuery(caller.regionId, value.id, value.ranges));
      await runStatement(tx, reassignPersonsQuery(caller.regionId));
      await this.record(tx, caller, 'admin.area.update', value.id, {
        before: stateOf(before),
        after: stateOf(value),
      });
      return this.one(tx, caller.regionId, value.id);
    });
  }

  /** What a file would do; writes nothing. */
  async previewImport(caller: AuthenticatedUser, csv: string): Promise<AreaImportModel> {
    const stored = await this.stored(this.db.manager, caller.regionId, true);
    return { ...planAreaImport(csv, stored).preview, personsReassigned: 0 };
  }

  /**
   * Writes a file in one transaction, planned again under the region's lock (another change since
   * the preview is taken into account); refused as a whole when any line is in error. Importing
   * the same file again changes nothing (every wijk UNCHANGED) and is still recorded.
   */
  async importAreas(caller: Caller, csv: string): Promise<AreaImportModel> {
    return this.db.transaction(async (tx) => {
      const stored = await this.lockAndRead(tx, caller.regionId);
      const { preview, plan } = planAreaImport(csv, stored);
      if (preview.errorLines > 0 || preview.fileProblems.length > 0) {
        throw new AreaError(
          'AREA_IMPORT_INVALID',
          `The file has ${preview.errorLines || 'no valid'} line(s) in error; nothing was imported.`,
        );
      }
      for (const area of plan.create) {
        const id = await this.insert(tx, caller.regionId, area.name);
        await runStatement(tx, insertRangesQuery(caller.regionId, id, area.ranges));
      }
      for (const { area, ranges } of plan.change) {
        await runStatement(
          tx,
          updateAreaQuery(caller.regionId, area.id, area.name, true, area.version),
        );
        await runStatement(tx, deleteRangesQuery(caller.regionId, area.id));
        await runStatement(tx, insertRangesQuery(caller.regionId, area.id, ranges));
      }
      const [moved] = (await runStatement(tx, reassignPersonsQuery(caller.regionId))) as {
        n: number;
      }[];
      await this.record(tx, caller, 'admin.area.import', caller.regionId, {
        before: { changed: plan.change.map(({ area }) => stateOf(area)) },
        after: {
          created: plan.create.map(stateOf),
          changed: plan.change.map(({ area, ranges }) => stateOf({ name: area.name, ranges })),
          unchanged: preview.unchangedAreas,
          personsReassigned: moved?.n ?? 0,
        },
      });
      return { ...preview, personsReassigned: moved?.n ?? 0 };
    });
  }

  private checkOverlap(ranges: readonly PostcodeRange[], others: readonly StoredArea[]): void {
    ranges.forEach((range, index) => {
      const other = others.find(
        (area) => area.active && area.ranges.some((r) => rangesOverlap(r, range)),
      );
      if (other) {
        throw new AreaError(
          'AREA_RANGE_OVERLAP',
          `${formatPostcodeRange(range)} already belongs to wijk ${other.name}.`,
          `ranges.${index}`,
          { otherArea: other.name },
        );
      }
    });
  }

  private nameTaken(): AreaError {
    return new AreaError('AREA_NAME_TAKEN', 'Another wijk of your region has this name.', 'name');
  }

  private async insert(tx: EntityManager, regionId: string, name: string): Promise<string> {
    try {
      const [row] = (await runStatement(tx, insertAreaQuery(regionId, name))) as { id: string }[];
      return row!.id;
    } catch (error) {
      if (isUniqueViolation(error)) throw this.nameTaken();
      throw error;
    }
  }

  private async lockAndRead(tx: EntityManager, regionId: string): Promise<StoredArea[]> {
    await runStatement(tx, lockRegionAreasQuery(regionId));
    return this.stored(tx, regionId, true);
  }

  private async stored(
    q: EntityManager,
    regionId: string,
    includeInactive: boolean,
  ): Promise<StoredArea[]> {
    return (await runStatement(q, areasQuery(regionId, includeInactive))) as StoredArea[];
  }

  private async one(tx: EntityManager, regionId: string, id: string): Promise<AreaModel> {
    const area = (await this.stored(tx, regionId, true)).find((a) => a.id === id);
    if (!area) throw new AreaError('NOT_FOUND', 'No such wijk in your region.');
    return toModel(area);
  }

  private record(
    tx: EntityManager,
    caller: Caller,
    operation: string,
    id: string,
    change: { before?: Record<string, unknown>; after: Record<string, unknown> },
  ): Promise<void> {
    return this.audit.record(
      tx,
      adminChangeEvent(
        {
          regionId: caller.regionId,
          actor: auditActor(caller),
          action: 'ADMIN',
          result: 'ALLOWED',
          operation,
          record: { type: operation === 'admin.area.import' ? 'region' : 'area', id },
          accessBasis: 'role',
        },
        change,
      ),
    );
  }
}
