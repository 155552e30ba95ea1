import { OPEN_CASE_STATUSES } from '@schakel/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { CaseEventService } from '../case-events/case-event.service';
import { runStatement as run } from '../database/run-statement';
import { CaseAccessService } from '../sharing/case-access.service';
import { caseCategoryItem, caseSubject } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { AgreedApproachError } from './agreed-approach.error';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import type { SaveAgreedApproachInput } from './dto/save-agreed-approach.input';
import type {
  AgreedApproachContactModel,
  AgreedApproachLookupModel,
  AgreedApproachModel,
  CaseAgreedApproachModel,
} from './agreed-approach.model';
import {
  cardOfCaseQuery,
  deleteContactsQuery,
  insertCardQuery,
  insertCardRevisionQuery,
  insertContactsQuery,
  lookupsOfCaseQuery,
  regionAgencyIdsQuery,
  touchCaseQuery,
  updateCardQuery,
  type CardWrite,
} from './agreed-approach.queries';
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

  async forCase(user: Caller, caseIdArg: string): Promise<CaseAgreedApproachModel> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'read', caseId, user);
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

  async save(user: Caller, input: SaveAgreedApproachInput): Promise<CaseAgreedApproachModel> {
    const card = checkSaveInput(input);
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'read', card.caseId, user);
    if (!ability.can('create', caseCategoryItem(row, 'PLAN'))) {
      throw new AgreedApproachError(
        'FORBIDDEN',
        'Your agency may not change the agreed approach of this case under the covenant.',
      );
    }
    CaseAccessService.assertOpen(row);
    const agencyIds = [...new Set(card.contacts.map((contact) => contact.agencyId))];
    const [known] = (await run(this.db, regionAgencyIdsQuery(user.regionId, agencyIds))) as {
      ids: string[] | null;
    }[];
    const index = card.contacts.findIndex(
      (contact) => !(known?.ids ?? []).includes(contact.agencyId),
    );
    if (index >= 0) {
      throw InputError.badInput(`contacts.${index}.agencyId`, 'No such agency in your region.');
    }

    await user.transaction(this.db, async (tx) => {
      const stale = () =>
        new AgreedApproachError(
          'CONFLICT',
          'Someone else saved the agreed approach in the meantime; reload it and apply your change again.',
        );
      const write: CardWrite = {
        regionId: user.regionId,
        caseId: row.id,
        instructions: card.instructions,
        validUntil: card.validUntil,
        userId: user.id,
        agencyId: user.agencyId,
      };
      let saved: { id: string; revision: number } | undefined;
      if (card.expectedRevision === null) {
        [saved] = (await run(tx, insertCardQuery(write))) as { id: string; revision: number }[];
      } else {
        // Conditional on the revision the edit started from: a stale save changes nothing.
        const [rows] = (await run(tx, updateCardQuery(write, card.expectedRevision))) as [
          { id: string; revision: number }[],
          number,
        ];
        saved = rows[0];
      }
      if (!saved) throw stale();

      await run(tx, deleteContactsQuery(saved.id));
      const contactsJson = JSON.stringify(
        card.contacts.map((contact, position) => ({ ...contact, position })),
      );
      await run(tx, insertContactsQuery(user.regionId, saved.id, contactsJson));
      await run(tx, insertCardRevisionQuery(write, saved, contactsJson));
      await run(tx, touchCaseQuery(row.id));
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

  async lookups(user: Caller, caseIdArg: string): Promise<AgreedApproachLookupModel[]> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'read', caseId, user);
    // The case's leads (procesregisseur, casusregisseur agency) see who looked the card up.
    if (!ability.can('lead', caseSubject(row))) {
      throw new AgreedApproachError(
        'FORBIDDEN',
        'Only the procesregisseur and the casusregisseur see who looked the agreed approach up.',
      );
    }
    const { sql, params } = lookupsOfCaseQuery(caseId, user.regionId);
    return await this.db.query<AgreedApproachLookupModel[]>(sql, params);
  }
}
