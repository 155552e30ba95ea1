import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgencyType } from '@schakel/domain';
import {
  validateCovenant,
  type AppAbility,
  type CovenantEntry,
  type PolicyAction,
} from '@schakel/sharing-policy';
import { DataSource, QueryFailedError } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { AgencyModel } from '../auth/me.model';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import { textArg, uuidArg } from '../sharing/validate';
import type { InformationCategory } from '../sharing/sharing.enums';
import type { CovenantModel, CovenantVersionSummaryModel } from './covenant.model';
import { insertCovenantVersion } from './covenant.store';
import type { UpdateCovenantInput } from './dto/update-covenant.input';

const VERSION_SELECT = `SELECT v.id, v.version, v.note, v.created_at AS "createdAt",
       u.display_name AS "createdBy"
  FROM covenant_version v LEFT JOIN app_user u ON u.id = v.created_by_user_id`;

interface VersionRow extends CovenantVersionSummaryModel {
  id: string;
}

interface EntryRow {
  agencyType: AgencyType | null;
  agency: AgencyModel | null;
  category: InformationCategory;
  read: boolean;
  write: boolean;
  readSummary: boolean;
}

/** The covenant as data: read by the privacy officer and administrator, edited by the latter. */
@Injectable()
export class CovenantService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async get(user: AuthenticatedUser, version: number | null): Promise<CovenantModel | null> {
    await this.authorise(user, 'read');
    const versions = (await this.db.query(
      `${VERSION_SELECT} WHERE v.region_id = $1 AND ($2::int IS NULL OR v.version = $2)
        ORDER BY v.version DESC LIMIT 1`,
      [user.regionId, version],
    )) as VersionRow[];
    const found = versions[0];
    if (!found) {
      if (version === null) return null;
      throw SharingError.notFound('This covenant version');
    }
    const [latest] = (await this.db.query(
      `SELECT max(version) AS "latest" FROM covenant_version WHERE region_id = $1`,
      [user.regionId],
    )) as { latest: number }[];
    const entries = (await this.db.query(
      `SELECT e.agency_type AS "agencyType",
              CASE WHEN a.id IS NULL THEN NULL
                   ELSE json_build_object('id', a.id, 'name', a.name, 'type', a.type) END AS "agency",
              e.category, e.read, e.write, e.read_summary AS "readSummary"
         FROM covenant_entry e LEFT JOIN agency a ON a.id = e.agency_id
        WHERE e.version_id = $1
        ORDER BY e.category, e.agency_type NULLS LAST, a.name`,
      [found.id],
    )) as EntryRow[];
    const { id: _id, ...summary } = found;
    return { ...summary, current: found.version === latest!.latest, entries };
  }

  async versions(user: AuthenticatedUser): Promise<CovenantVersionSummaryModel[]> {
    await this.authorise(user, 'read');
    const rows = (await this.db.query(
      `${VERSION_SELECT} WHERE v.region_id = $1 ORDER BY v.version DESC`,
      [user.regionId],
    )) as VersionRow[];
    return rows.map(({ id: _id, ...summary }) => summary);
  }

  /** Stores a new version; the next request of every user is decided by it. */
  async update(user: AuthenticatedUser, input: UpdateCovenantInput): Promise<CovenantModel> {
    await this.authorise(user, 'update');
    const note = textArg(input.note, 'note', 3, 1000);
    const entries = input.entries.map((entry, index): CovenantEntry => {
      const base = {
        category: entry.category,
        read: entry.read,
        write: entry.write,
        readSummary: entry.readSummary,
      };
      const hasId = entry.agencyId !== null && entry.agencyId !== undefined;
      const hasType = entry.agencyType !== null && entry.agencyType !== undefined;
      if (hasId === hasType) {
        throw SharingError.badInput(
          `entries[${index}]`,
          'An entry names either an agency type or one agency.',
        );
      }
      return hasId
        ? { ...base, subject: { agencyId: uuidArg(entry.agencyId!, `entries[${index}].agencyId`) } }
        : { ...base, subject: { agencyType: entry.agencyType! } };
    });
    const [problem] = validateCovenant(entries);
    if (problem) throw SharingError.badInput(`entries[${problem.index}]`, problem.message);
    await this.requireOwnAgencies(user, entries);

    await this.saveVersion(user, input.baseVersion, entries, note);
    return (await this.get(user, input.baseVersion + 1))!;
  }

  private async saveVersion(
    user: AuthenticatedUser,
    baseVersion: number,
    entries: CovenantEntry[],
    note: string,
  ): Promise<void> {
    const stale = (current: number) =>
      new SharingError(
        'CONFLICT',
        `The covenant was changed in the meantime (now version ${current}); reload it.`,
        'baseVersion',
      );
    try {
      await this.db.transaction(async (tx) => {
        const [current] = (await tx.query(
          `SELECT COALESCE(max(version), 0) AS "version" FROM covenant_version WHERE region_id = $1`,
          [user.regionId],
        )) as { version: number }[];
        if (current!.version !== baseVersion) throw stale(current!.version);
        await insertCovenantVersion(tx, {
          regionId: user.regionId,
          version: baseVersion + 1,
          entries,
          note,
          userId: user.id,
        });
      });
    } catch (error) {
      // Two saves of the same base version: the second fails on UNIQUE (region_id, version).
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      ) {
        throw stale(baseVersion + 1);
      }
      throw error;
    }
  }

  private authorise(user: AuthenticatedUser, action: PolicyAction): Promise<AppAbility> {
    return this.policies.requireInOwnRegion(
      user,
      action,
      'Covenant',
      'You are not allowed to do this with the covenant.',
    );
  }

  private async requireOwnAgencies(
    user: AuthenticatedUser,
    entries: CovenantEntry[],
  ): Promise<void> {
    const ids = entries.flatMap((entry) =>
      'agencyId' in entry.subject ? [entry.subject.agencyId] : [],
    );
    if (ids.length === 0) return;
    const known = (await this.db.query(
      `SELECT id FROM agency WHERE region_id = $1 AND id = ANY($2::uuid[])`,
      [user.regionId, ids],
    )) as { id: string }[];
    const knownIds = new Set(known.map((row) => row.id));
    const index = entries.findIndex(
      (entry) => 'agencyId' in entry.subject && !knownIds.has(entry.subject.agencyId),
    );
    if (index >= 0) {
      throw SharingError.badInput(`entries[${index}].agencyId`, 'No such agency in your region.');
    }
  }
}
