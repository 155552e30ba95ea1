import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../auth/caller';
import { CaseEventService } from '../case-events/case-event.service';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import { CaseAccessService, type CaseAccessRow } from '../sharing/case-access.service';
import { personVisibility } from '../sharing/policy-sql';
import { SharingError } from '../sharing/sharing.error';
import {
  applyProposedAddressQuery,
  decideProposalQuery,
  proposalsOfCaseQuery,
  proposeEnteredAddressQuery,
  type AddressParts,
} from './address-proposal.queries';
import {
  ADDRESS_PROPOSAL_DECISIONS,
  type DecideAddressProposalInput,
  type ReferralAddressProposalModel,
} from './address-proposal.model';
import { ReferralError } from './referral.error';

interface ProposalRow extends AddressParts {
  id: string;
  caseId: string;
  personId: string;
  status: ReferralAddressProposalModel['status'];
  currentStreet: string | null;
  currentHouseNumber: string | null;
  currentPostcode: string | null;
  currentCity: string | null;
  proposedByAgency: string;
  proposedAt: Date;
  decidedByName: string | null;
  decidedAt: Date | null;
}

const current = (row: {
  currentStreet: string | null;
  currentHouseNumber: string | null;
  currentPostcode: string | null;
  currentCity: string | null;
}): AddressParts => ({
  street: row.currentStreet,
  houseNumber: row.currentHouseNumber,
  postcode: row.currentPostcode,
  city: row.currentCity,
});

/**
 * Linking a referral to a known person keeps the address the referrer entered as a proposal the
 * procesregisseur accepts (the person's address is updated) or rejects (it stays). Only who may
 * change the case and read the person's address sees or decides it.
 */
@Injectable()
export class AddressProposalService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
    private readonly events: CaseEventService,
  ) {}

  /** In the linking transaction: proposes the entered address if it differs. */
  static async proposeEntered(tx: EntityManager, caseId: string, regionId: string): Promise<void> {
    const { sql, params } = proposeEnteredAddressQuery(caseId, regionId);
    await tx.query(sql, params);
  }

  async list(user: Caller, caseIdArg: string): Promise<ReferralAddressProposalModel[]> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    await this.access(user, caseId);
    const { sql, params } = proposalsOfCaseQuery(caseId, user.regionId);
    const rows = await this.db.query<ProposalRow[]>(sql, params);
    if (rows.length > 0) user.note({ categories: ['IDENTITY'], fields: ['address'] });
    return rows.map((row) => ({
      id: row.id,
      caseId: row.caseId,
      status: row.status,
      proposed: {
        street: row.street,
        houseNumber: row.houseNumber,
        postcode: row.postcode,
        city: row.city,
      },
      current: current(row),
      proposedByAgency: row.proposedByAgency,
      proposedAt: new Date(row.proposedAt),
      decidedByName: row.decidedByName,
      decidedAt: row.decidedAt === null ? null : new Date(row.decidedAt),
    }));
  }

  async decide(
    user: Caller,
    input: DecideAddressProposalInput,
  ): Promise<ReferralAddressProposalModel[]> {
    const caseId = uuidArg(input.caseId, 'caseId');
    const proposalId = uuidArg(input.proposalId, 'proposalId');
    if (!ADDRESS_PROPOSAL_DECISIONS.includes(input.decision)) {
      throw InputError.badInput('decision', 'Unknown decision.');
    }
    const row = await this.access(user, caseId);
    CaseAccessService.assertOpen(row);
    const accept = input.decision === 'ACCEPT';
    user.note({
      record: { type: 'ReferralAddressProposal', id: proposalId },
      categories: ['IDENTITY'],
      fields: accept ? ['address'] : [],
    });
    await user.transaction(this.db, async (tx) => {
      const close = decideProposalQuery(
        proposalId,
        caseId,
        user.regionId,
        accept ? 'ACCEPTED' : 'REJECTED',
        user.id,
      );
      const [closed] = (
        await tx.query<[(AddressParts & { personId: string })[], number]>(close.sql, close.params)
      )[0];
      if (!closed) {
        throw new ReferralError(
          'EDIT_CONFLICT',
          'This proposed address was decided meanwhile, or is not one of this case.',
        );
      }
      if (accept) {
        const apply = applyProposedAddressQuery(
          closed.personId,
          user.regionId,
          closed,
          current(closed as unknown as ProposalRow),
        );
        const updated = await tx.query<[unknown[], number]>(apply.sql, apply.params);
        if (updated[1] === 0) {
          throw new ReferralError(
            'EDIT_CONFLICT',
            "The person's address was changed after the proposal was made; check it again.",
          );
        }
      }
      await this.events.record(tx, {
        regionId: user.regionId,
        caseId,
        kind: 'ADDRESS_PROPOSAL_DECIDED',
        actor: { userId: user.id, agencyId: user.agencyId },
        data: { decision: accept ? 'ACCEPTED' : 'REJECTED' },
      });
    });
    return this.list(user, caseId);
  }

  /** Who may change the case and read its person's address (the procesregisseur). */
  private async access(user: Caller, caseId: string): Promise<CaseAccessRow> {
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'update', caseId, user);
    if (!personVisibility(ability, row).address) {
      throw new SharingError('FORBIDDEN', "You may not read this person's address.");
    }
    return row;
  }
}
