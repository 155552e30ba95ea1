import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DEFAULT_COVENANT } from '@schakel/sharing-policy';
import type { DataSource, EntityManager } from 'typeorm';
import { PasswordService } from '../auth/password.service';
import { insertCovenantVersion } from '../covenant/covenant.store';
import { JsonLogger } from '../observability/json-logger';
import { seedAgreedApproaches } from './demo-agreed-approaches';
import { DEMO_CASES, DEMO_PERSONS } from './demo-cases';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_REGION, DEMO_USERS } from './demo-data';
import { seedMonitoringDemo } from './demo-monitoring';
import { seedPrivacyOfficeDemo } from './demo-privacy-office';
import { seedDemoReferrals } from './demo-referrals';
import { seedDemoPlans } from './demo-plans';
import { seedDemoMeetings } from './demo-meetings';
import { seedDemoDataSubjectRequests } from './demo-data-subject-requests';
import { seedRetentionDemo } from './demo-retention';

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
      await tx.query('LOCK TABLE region IN EXCLUSIVE MODE');
      const existing: unknown[] = await tx.query('SELECT 1 FROM region LIMIT 1');
      if (existing.length > 0) return false;

      const [region] = await tx.query<{ id: string }[]>(
        `INSERT INTO region (code, name) VALUES ($1, $2) RETURNING id`,
        [DEMO_REGION.code, DEMO_REGION.name],
      );
      const regionId = region!.id;
      const agencyIds = new Map<string, string>();
      for (const agency of DEMO_AGENCIES) {
        const [row] = await tx.query<{ id: string }[]>(
          `INSERT INTO agency (region_id, name, type) VALUES ($1, $2, $3) RETURNING id`,
          [regionId, agency.name, agency.type],
        );
        agencyIds.set(agency.key, row!.id);
      }
      const userIds = new Map<string, string>();
      for (const user of DEMO_USERS) {
        const [row] = await tx.query<{ id: string }[]>(
          `INSERT INTO app_user (agency_id, email, display_name, password_hash, roles)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [agencyIds.get(user.agency), user.email, user.displayName, hash, user.roles],
        );
        userIds.set(user.email, row!.id);
      }
      await insertCovenantVersion(tx, {
        regionId,
        version: 1,
        entries: DEFAULT_COVENANT,
        note: 'Default covenant (domain brief §4)',
        userId: null,
      });
      await this.seedCases(tx, regionId, agencyIds, userIds);
      await seedDemoReferrals(tx, regionId, agencyIds);
      await seedDemoPlans(tx, regionId, agencyIds, userIds);
      await seedAgreedApproaches(tx, regionId);
      await seedDemoMeetings(tx, regionId);
      await seedDemoDataSubjectRequests(tx, regionId);
      // Last: it derives the timeline from what the other demo seeds wrote.
      await seedMonitoringDemo(tx, regionId);
      await seedRetentionDemo(tx, regionId, userIds);
      await seedPrivacyOfficeDemo(tx, regionId);
      this.logger.event('info', 'demo region loaded', {
        agencies: DEMO_AGENCIES.length,
        users: DEMO_USERS.length,
        cases: DEMO_CASES.length,
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
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO person (region_id, given_names, family_name, date_of_birth, bsn, street,
                             house_number, postcode, city, wijk)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [
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
        ],
      );
      persons.set(p.key, row!.id);
    }
    // Oldest first, so the list (newest change first) shows the first demo case on top.
    for (const [index, demo] of [...DEMO_CASES].reverse().entries()) {
      const personId = idOf(persons, demo.person);
      const [row] = await tx.query<{ id: string }[]>(
        `INSERT INTO case_file (region_id, reference, subject_person_id, theme, status,
                                referring_agency_id, casusregisseur_agency_id,
                                casusregisseur_user_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now() - make_interval(days => $9),
                 now() - make_interval(mins => $10))
         RETURNING id`,
        [
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
        ],
      );
      const caseId = row!.id;
      for (const p of demo.participants) {
        await tx.query(
          // Demo reasons get the migration's default (SOCIAL), as data from before the choice
          // existed; the fixed procesregie reason says nothing about the person (PLAN).
          `INSERT INTO case_participant (region_id, case_id, agency_id, role, reason, legal_basis,
                                         started_at, ended_at, end_reason, reason_categories)
           VALUES ($1, $2, $3, $4, $5, $6, now() - interval '60 days',
                   CASE WHEN $7::int IS NULL THEN NULL ELSE now() - make_interval(days => $7::int) END,
                   CASE WHEN $7::int IS NULL THEN NULL ELSE 'Casus afgesloten na evaluatie' END,
                   CASE WHEN $4 = 'PROCESREGIE' THEN ARRAY['PLAN'] ELSE ARRAY['SOCIAL'] END::text[])`,
          [
            regionId,
            caseId,
            idOf(agencies, p.agency),
            p.role,
            p.reason,
            p.legalBasis,
            p.endedDaysAgo ?? null,
          ],
        );
      }
      for (const item of demo.items) {
        await tx.query(
          `INSERT INTO information_item (region_id, case_id, person_id, category, source_agency_id,
                                         legal_basis, text, shareable_summary)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            regionId,
            caseId,
            personId,
            item.category,
            idOf(agencies, item.source),
            item.legalBasis,
            item.text,
            item.shareableSummary ?? null,
          ],
        );
      }
      for (const consent of demo.consents ?? []) {
        await tx.query(
          `INSERT INTO consent (region_id, person_id, category, recipient_agency_id, case_id,
                                recorded_in_case_id, recorded_by_agency_id, parts)
           VALUES ($1, $2, $3, $4, $5, $5, $6, $7)`,
          [
            regionId,
            personId,
            consent.category,
            idOf(agencies, consent.recipient),
            caseId,
            idOf(agencies, consent.recordedBy),
            consent.parts ?? [],
          ],
        );
      }
      for (const decision of demo.conflictOfDuties ?? []) {
        await tx.query(
          `INSERT INTO conflict_of_duties_decision (region_id, case_id, category,
             recipient_agency_id, reasoning, decided_by_agency_id)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            regionId,
            caseId,
            decision.category,
            idOf(agencies, decision.recipient),
            decision.reasoning,
            idOf(agencies, decision.decidedBy),
          ],
        );
      }
    }
  }
}
