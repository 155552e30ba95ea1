import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_COVENANT } from '@schakel/sharing-policy';
import type { DataSource, EntityManager } from 'typeorm';
import { PasswordService } from '../auth/password.service';
import { insertCovenantVersion } from '../covenant/covenant.store';
import { JsonLogger } from '../observability/json-logger';
import { seedAgreedApproaches } from './demo-agreed-approaches';
import { seedSupervision } from './demo-supervision';
import { seedTransparency } from './demo-transparency';
import { seedDemoAreas, seedDemoAreaTeams } from './demo-areas';
import { seedDemoLifeDomainScores } from './demo-life-domain-scores';
import { seedDemoHistory } from './demo-history';
import { seedVolunteerCouplings } from './demo-volunteer-couplings';
import { DEMO_CASES, DEMO_PERSONS } from './demo-cases';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_REGION, DEMO_USERS } from './demo-data';
import { seedMonitoringDemo } from './demo-monitoring';
import { seedPrivacyOfficeDemo } from './demo-privacy-office';
import { seedDemoReferrals } from './demo-referrals';
import { seedDemoPlans } from './demo-plans';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoDataSubjectRequests } from './demo-data-subject-requests';
import { seedRetentionDemo } from './demo-retention';
import { runStatement } from '../database/run-statement';
import {
  anyRegionQuery,
  insertAgencyQuery,
  insertAppUserQuery,
  insertCaseFileQuery,
  insertCaseParticipantQuery,
  insertConflictOfDutiesDecisionQuery,
  insertConsentQuery,
  insertInformationItemQuery,
  insertPersonQuery,
  insertRegionQuery,
  lockRegionQuery,
  signCovenantQuery,
} from './demo-seeder.queries';

type Ids = ReadonlyMap<string, string>;

function idOf(ids: Ids, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo data refers to unknown key ${key}`);
  return id;
}

@Injectable()
export class DemoSeeder {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    @Inject(JsonLogger) private readonly logger: JsonLogger,
  ) {}

  /** Loads the demo region into an empty database; does nothing when any region exists. */
  async seedIfEmpty(): Promise<boolean> {
    const hash = await this.passwords.hash(DEMO_PASSWORD);
    return this.db.transaction(async (tx) => {
      // Serialises concurrent starts of several instances.
      await runStatement(tx, lockRegionQuery());
      const existing = (await runStatement(tx, anyRegionQuery())) as unknown[];
      if (existing.length > 0) return false;

      const [region] = (await runStatement(
        tx,
        insertRegionQuery(DEMO_REGION.code, DEMO_REGION.name),
      )) as { id: string }[];
      const regionId = region!.id;
      const agencyIds = new Map<string, string>();
      for (const agency of DEMO_AGENCIES) {
        const [row] = (await runStatement(
          tx,
          insertAgencyQuery(regionId, agency.name, agency.type),
        )) as { id: string }[];
        agencyIds.set(agency.key, row!.id);
      }
      const userIds = new Map<string, string>();
      for (const user of DEMO_USERS) {
        const [row] = (await runStatement(
          tx,
          insertAppUserQuery(
            agencyIds.get(user.agency),
            user.email,
            user.displayName,
            hash,
            user.roles,
          ),
        )) as { id: string }[];
        userIds.set(user.email, row!.id);
      }
      await insertCovenantVersion(tx, {
        regionId,
        version: 1,
        entries: DEFAULT_COVENANT,
        note: 'Default covenant (domain brief §4)',
        userId: null,
      });
      await runStatement(tx, signCovenantQuery(regionId, 1));
      await seedDemoAreas(tx, regionId);
      await seedDemoAreaTeams(tx, regionId, agencyIds);
      await this.seedCases(tx, regionId, agencyIds, userIds);
      await seedDemoReferrals(tx, regionId, agencyIds);
      await seedDemoPlans(tx, regionId, agencyIds, userIds);
      await seedAgreedApproaches(tx, regionId);
      await seedSupervision(tx, regionId);
      await seedTransparency(tx, regionId);
      await seedVolunteerCouplings(tx, regionId);
      await seedDemoMeetings(tx, regionId);
      await seedDemoDataSubjectRequests(tx, regionId);
      // Last: it derives the timeline from what the other demo seeds wrote.
      await seedMonitoringDemo(tx, regionId);
      // After the closure monitoring writes: a closing score is dated at it.
      await seedDemoLifeDomainScores(tx, regionId, agencyIds);
      // A year of closed cases and one long-running case, with their own timeline (after the
      // monitoring seed, whose notifications cover every case it finds).
      const historyCases = await seedDemoHistory(tx, regionId, agencyIds);
      await seedRetentionDemo(tx, regionId, userIds);
      await seedPrivacyOfficeDemo(tx, regionId);
      this.logger.event('info', 'demo region loaded', {
        agencies: DEMO_AGENCIES.length,
        users: DEMO_USERS.length,
        cases: DEMO_CASES.length,
        historyCases,
      });
      return true;
    });
  }

  private async seedCases(
    tx: EntityManager,
    regionId: string,
    agencies: Ids,
    users: Ids,
  ): Promise<void> {
    const persons = new Map<string, string>();
    for (const p of DEMO_PERSONS) {
      const [row] = (await runStatement(
        tx,
        insertPersonQuery(
          regionId,
          p.givenNames,
          p.familyName,
          p.dateOfBirth,
          p.bsn,
          p.street,
          p.houseNumber,
          p.postcode,
          p.city,
          p.wijk,
        ),
      )) as { id: string }[];
      persons.set(p.key, row!.id);
    }
    // Oldest first, so the list (newest change first) shows the first demo case on top.
    for (const [index, demo] of [...DEMO_CASES].reverse().entries()) {
      const personId = idOf(persons, demo.person);
      const [row] = (await runStatement(
        tx,
        insertCaseFileQuery(
          regionId,
          demo.reference,
          personId,
          demo.theme,
          demo.status,
          idOf(agencies, demo.referrer),
          demo.casusregisseurAgency ? idOf(agencies, demo.casusregisseurAgency) : null,
          demo.casusregisseur ? idOf(users, demo.casusregisseur) : null,
          60 - index,
          DEMO_CASES.length - index,
        ),
      )) as { id: string }[];
      const caseId = row!.id;
      for (const p of demo.participants) {
        await runStatement(
          tx,
          insertCaseParticipantQuery(
            regionId,
            caseId,
            idOf(agencies, p.agency),
            p.role,
            p.reason,
            p.legalBasis,
            p.endedDaysAgo ?? null,
          ),
        );
      }
      for (const item of demo.items) {
        await runStatement(
          tx,
          insertInformationItemQuery(
            regionId,
            caseId,
            personId,
            item.category,
            idOf(agencies, item.source),
            item.legalBasis,
            item.text,
            item.shareableSummary ?? null,
          ),
        );
      }
      for (const consent of demo.consents ?? []) {
        await runStatement(
          tx,
          insertConsentQuery(
            regionId,
            personId,
            consent.category,
            idOf(agencies, consent.recipient),
            caseId,
            idOf(agencies, consent.recordedBy),
            consent.parts ?? [],
          ),
        );
      }
      for (const decision of demo.conflictOfDuties ?? []) {
        await runStatement(
          tx,
          insertConflictOfDutiesDecisionQuery(
            regionId,
            caseId,
            decision.category,
            idOf(agencies, decision.recipient),
            decision.reasoning,
            idOf(agencies, decision.decidedBy),
          ),
        );
      }
    }
  }
}
