import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { regionAgencySchema, rolesAgencyMayHold } from '@schakel/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { auditActor, AuditService } from '../audit/audit.service';
import type { Caller } from '../auth/caller';
import { parseInput } from '../common/parse-input';
import { uuidArg } from '../common/validate';
import { runStatement } from '../database/run-statement';
import { adminChangeEvent } from './admin-audit';
import { AdministrationError } from './administration.error';
import { AgencyUsersService } from './agency-users.service';
import type {
  InviteAgencyAdminInput,
  RecordCovenantSignatureInput,
  RegionAgencyInput,
  UpdateRegionAgencyInput,
} from './dto/region-agency.input';
import type { InvitationModel } from './managed-user.model';
import {
  insertRegionAgencyQuery,
  nameTakenQuery,
  recordSignatureQuery,
  regionAgenciesListQuery,
  regionAgencyQuery,
  rolesOutsideTypeQuery,
  updateRegionAgencyQuery,
  type AgencyFields,
} from './region-agencies.queries';
import type { RegionAgencyModel } from './region-agency.model';

/** The settings as the shared schema reads them (the portal checks with the same one). */
function fields(input: RegionAgencyInput): AgencyFields {
  return parseInput(regionAgencySchema(), input);
}

/** What an audit event records of an agency: its settings (a desk's contact, no client data). */
const stateOf = (a: RegionAgencyModel) => ({
  name: a.name,
  type: a.type,
  contactName: a.contactName,
  contactEmail: a.contactEmail,
  contactPhone: a.contactPhone,
  covenantSignedVersion: a.covenantSignedVersion,
  covenantSignedOn: a.covenantSignedOn,
});

/**
 * The functional administrator's agencies of the region (issue 15 item 2): create, edit name,
 * type and contact, record the covenant version signed, appoint agency admins. Bounded to the
 * caller's region in SQL; audited with before/after; never case content.
 */
@Injectable()
export class RegionAgenciesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly users: AgencyUsersService,
  ) {}

  async list(caller: Caller): Promise<RegionAgencyModel[]> {
    return (await runStatement(
      this.db,
      regionAgenciesListQuery(caller.regionId),
    )) as RegionAgencyModel[];
  }

  async create(caller: Caller, input: RegionAgencyInput): Promise<RegionAgencyModel> {
    const f = fields(input);
    return this.db.transaction(async (tx) => {
      const [row] = (await runStatement(tx, insertRegionAgencyQuery(caller.regionId, f))) as {
        id: string;
      }[];
      if (!row)
        throw new AdministrationError('CONFLICT', 'The region has an agency of this name.', 'name');
      const after = await this.get(tx, caller, row.id, false);
      await this.record(tx, caller, 'admin.agency.create', row.id, null, stateOf(after));
      return after;
    });
  }

  async update(caller: Caller, input: UpdateRegionAgencyInput): Promise<RegionAgencyModel> {
    const agencyId = uuidArg(input.agencyId, 'agencyId');
    const f = fields(input);
    if (!Number.isInteger(input.expectedSettingsVersion) || input.expectedSettingsVersion < 1) {
      throw new AdministrationError(
        'BAD_USER_INPUT',
        'Not a settings version.',
        'expectedSettingsVersion',
      );
    }
    return this.db.transaction(async (tx) => {
      const before = await this.get(tx, caller, agencyId, true);
      // Checked before the name and type rules, so a stale form hears "reload", not a side issue.
      if (before.settingsVersion !== input.expectedSettingsVersion) {
        throw new AdministrationError(
          'EDIT_CONFLICT',
          'The agency was changed since this edit began; reload and edit again.',
        );
      }
      const taken = (await runStatement(
        tx,
        nameTakenQuery(caller.regionId, agencyId, f.name),
      )) as unknown[];
      if (taken.length > 0) {
        throw new AdministrationError('CONFLICT', 'The region has an agency of this name.', 'name');
      }
      if (f.type !== before.type) {
        // A type change changes what the covenant gives the agency's people, and which roles they
        // may hold: refused while someone holds a role the new type may not.
        const [outside] = (await runStatement(
          tx,
          rolesOutsideTypeQuery(agencyId, rolesAgencyMayHold(f.type)),
        )) as { n: number }[];
        if (outside!.n > 0) {
          throw new AdministrationError(
            'CONFLICT',
            'People of this agency hold roles an agency of that type may not hold.',
            'type',
          );
        }
      }
      const [, changed] = (await runStatement(
        tx,
        updateRegionAgencyQuery(caller.regionId, agencyId, input.expectedSettingsVersion, f),
      )) as [unknown, number];
      if (changed === 0) {
        throw new AdministrationError(
          'EDIT_CONFLICT',
          'The agency was changed since this edit began; reload and edit again.',
        );
      }
      const after = await this.get(tx, caller, agencyId, false);
      await this.record(
        tx,
        caller,
        'admin.agency.update',
        agencyId,
        stateOf(before),
        stateOf(after),
      );
      return after;
    });
  }

  async recordSignature(
    caller: Caller,
    input: RecordCovenantSignatureInput,
  ): Promise<RegionAgencyModel> {
    const agencyId = uuidArg(input.agencyId, 'agencyId');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.signedOn) || Number.isNaN(Date.parse(input.signedOn))) {
      throw new AdministrationError('BAD_USER_INPUT', 'A date as yyyy-mm-dd.', 'signedOn');
    }
    return this.db.transaction(async (tx) => {
      const before = await this.get(tx, caller, agencyId, true);
      const [, count] = (await runStatement(
        tx,
        recordSignatureQuery(caller.regionId, agencyId, input.version, input.signedOn),
      )) as [unknown, number];
      if (count === 0) {
        throw new AdministrationError(
          'BAD_USER_INPUT',
          'The region has no such covenant version.',
          'version',
        );
      }
      const after = await this.get(tx, caller, agencyId, false);
      await this.record(
        tx,
        caller,
        'admin.agency.covenantSigned',
        agencyId,
        stateOf(before),
        stateOf(after),
      );
      return after;
    });
  }

  /** The functional administrator appoints an agency's (first) agency admin by invitation. */
  async inviteAgencyAdmin(caller: Caller, input: InviteAgencyAdminInput): Promise<InvitationModel> {
    const agencyId = uuidArg(input.agencyId, 'agencyId');
    await this.get(this.db.manager, caller, agencyId, false);
    return this.users.inviteInto(caller, agencyId, input, ['AGENCY_ADMIN']);
  }

  private async get(
    q: EntityManager,
    caller: Caller,
    agencyId: string,
    lock: boolean,
  ): Promise<RegionAgencyModel> {
    const [row] = (await runStatement(
      q,
      regionAgencyQuery(caller.regionId, agencyId, lock),
    )) as RegionAgencyModel[];
    if (!row) throw new AdministrationError('NOT_FOUND', 'No such agency in your region.');
    return row;
  }

  private record(
    tx: EntityManager,
    caller: Caller,
    operation: string,
    agencyId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
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
          record: { type: 'agency', id: agencyId },
          accessBasis: 'role',
        },
        { before, after },
      ),
    );
  }
}
