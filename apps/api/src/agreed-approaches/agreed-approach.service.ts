import { OPEN_CASE_STATUSES } from '@schakel/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { CaseEventService } from '../case-events/case-event.service';
import { CaseAccessService } from '../sharing/case-access.service';
import { caseCategoryItem, caseSubject } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { SharingError } from '../sharing/sharing.error';
import { uuidArg } from '../sharing/validate';
import type { SaveAgreedApproachInput } from './dto/save-agreed-approach.input';
import type {
  AgreedApproachContactModel,
  AgreedApproachLookupModel,
  AgreedApproachModel,
  CaseAgreedApproachModel,
} from './agreed-approach.model';
import { cardOfCaseQuery, lookupsOfCaseQuery } from './agreed-approach.queries';
import { checkSaveInput } from './agreed-approach.validation';
import { parseDutchPhone } from './dutch-phone';

type StoredContact = Omit<AgreedApproachContactModel, 'phoneUri'>;

/** Adds the tel: link; stored numbers passed the same parser, the fallback is belt and braces. */
export function withPhoneUri(contacts: readonly StoredContact[]): AgreedApproachContactModel[] {
  return contacts.map((contact) => ({
    ...contact,
    phoneUri: parseDutchPhone(contact.phone)?.uri ?? `tel:${contact.phone.replace(/[^0-9+]/g, '')}`,
  }));
}

/**
 * The agreed approach inside a case: read like the plan (PLAN read), written by participants
 * with PLAN write while the case is open, one current card with a revision for optimistic locking.
 */
@Injectable()
export class AgreedApproachService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly cases: CaseAccessService,
    private readonly events: CaseEventService,
  ) {}

  async forCase(user: AuthenticatedUser, caseIdArg: string): Promise<CaseAgreedApproachModel> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    const { ability } = await this.policies.forUser(user);
    const row = await this.cases.require(ability, 'read', caseId, user.regionId);
    const canSeeLookups = ability.can('lead', caseSubject(row));
    if (!ability.can('read', caseCategoryItem(row, 'PLAN'))) {
      // "Afgeschermd": the portal says so instead of suggesting there is no card.
      return { caseId, access: 'WITHHELD', card: null, canEdit: false, canSeeLookups };
    }
    const { sql, params } = cardOfCaseQuery(caseId, user.regionId);
    const [card] = await this.db.query<
      (Omit<AgreedApproachModel, 'contacts'> & {
        contacts: StoredContact[];
      })[]
    >(sql, params);
    return {
      caseId,
      access: 'FULL',
      card: card ? { ...card, contacts: withPhoneUri(card.contacts) } : null,
      canEdit:
        OPEN_CASE_STATUSES.includes(row.status) &&
        ability.can('create', caseCategoryItem(row, 'PLAN')),
      canSeeLookups,
    };
  }

  async save(
    user: AuthenticatedUser,
    input: SaveAgreedApproachInput,
  ): Promise<CaseAgreedApproachModel> {
    const card = checkSaveInput(input);
    const { ability } = await this.policies.forUser(user);
    const row = await this.cases.require(ability, 'read', card.caseId, user.regionId);
    if (!ability.can('create', caseCategoryItem(row, 'PLAN'))) {
      throw new SharingError(
        'FORBIDDEN',
        'Your agency may not change the agreed approach of this case under the covenant.',
      );
    }
    CaseAccessService.assertOpen(row);
    const agencyIds = [...new Set(card.contacts.map((contact) => contact.agencyId))];
    const [known] = await this.db.query<{ ids: string[] | null }[]>(
      `SELECT array_agg(id::text) AS ids FROM agency WHERE region_id = $1 AND id = ANY($2::uuid[])`,
      [user.regionId, agencyIds],
    );
    const index = card.contacts.findIndex(
      (contact) => !(known?.ids ?? []).includes(contact.agencyId),
    );
    if (index >= 0) {
      throw SharingError.badInput(`contacts.${index}.agencyId`, 'No such agency in your region.');
    }

    await this.db.transaction(async (tx) => {
      const stale = () =>
        new SharingError(
          'CONFLICT',
          'Someone else saved the agreed approach in the meantime; reload it and apply your change again.',
        );
      let saved: { id: string; revision: number } | undefined;
      if (card.expectedRevision === null) {
        [saved] = await tx.query<{ id: string; revision: number }[]>(
          `INSERT INTO agreed_approach (region_id, case_id, instructions, valid_until,
                                        updated_by_user_id, updated_by_agency_id)
           VALUES ($1, $2, $3, $4::date, $5, $6)
           ON CONFLICT (case_id) DO NOTHING
           RETURNING id, revision`,
          [user.regionId, row.id, card.instructions, card.validUntil, user.id, user.agencyId],
        );
      } else {
        // Conditional on the revision the edit started from: a stale save changes nothing.
        const [rows] = await tx.query<[{ id: string; revision: number }[], number]>(
          `UPDATE agreed_approach
              SET instructions = $3, valid_until = $4::date, revision = revision + 1,
                  updated_at = now(), updated_by_user_id = $5, updated_by_agency_id = $6
            WHERE case_id = $1 AND region_id = $2 AND revision = $7
          RETURNING id, revision`,
          [
            row.id,
            user.regionId,
            card.instructions,
            card.validUntil,
            user.id,
            user.agencyId,
            card.expectedRevision,
          ],
        );
        saved = rows[0];
      }
      if (!saved) throw stale();

      await tx.query(`DELETE FROM agreed_approach_contact WHERE agreed_approach_id = $1`, [
        saved.id,
      ]);
      const contactsJson = JSON.stringify(
        card.contacts.map((contact, position) => ({ ...contact, position })),
      );
      await tx.query(
        `INSERT INTO agreed_approach_contact
           (region_id, agreed_approach_id, position, agency_id, name, role, phone, available)
         SELECT $1, $2, x.position, x."agencyId", x.name, x.role, x.phone, x.available
           FROM jsonb_to_recordset($3::jsonb)
             AS x(position int, "agencyId" uuid, name text, role text, phone text, available text)`,
        [user.regionId, saved.id, contactsJson],
      );
      await tx.query(
        `INSERT INTO agreed_approach_revision (region_id, agreed_approach_id, revision,
           instructions, valid_until, contacts, saved_by_user_id, saved_by_agency_id)
         VALUES ($1, $2, $3, $4, $5::date, $6::jsonb, $7, $8)`,
        [
          user.regionId,
          saved.id,
          saved.revision,
          card.instructions,
          card.validUntil,
          contactsJson,
          user.id,
          user.agencyId,
        ],
      );
      await tx.query(`UPDATE case_file SET updated_at = now() WHERE id = $1`, [row.id]);
      await this.events.record(tx, {
        regionId: user.regionId,
        caseId: row.id,
        kind: 'AGREED_APPROACH_UPDATED',
        actor: { userId: user.id, agencyId: user.agencyId },
        data: { revision: saved.revision, validUntil: card.validUntil },
      });
    });
    return this.forCase(user, row.id);
  }

  async lookups(user: AuthenticatedUser, caseIdArg: string): Promise<AgreedApproachLookupModel[]> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    const { ability } = await this.policies.forUser(user);
    const row = await this.cases.require(ability, 'read', caseId, user.regionId);
    // The case's leads (procesregisseur, casusregisseur agency) see who looked the card up.
    if (!ability.can('lead', caseSubject(row))) {
      throw new SharingError(
        'FORBIDDEN',
        'Only the procesregisseur and the casusregisseur see who looked the agreed approach up.',
      );
    }
    const { sql, params } = lookupsOfCaseQuery(caseId, user.regionId);
    return await this.db.query<AgreedApproachLookupModel[]>(sql, params);
  }
}
