import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import { CaseAccessService } from '../sharing/case-access.service';
import type { AppointCasusregisseurInput } from './dto/participant.inputs';
import type { CasusregisseurCandidateModel } from './casusregisseur.model';
import {
  appointCasusregisseurQuery,
  casusregisseurCandidatesQuery,
  leadAgencyQuery,
  leadRolesQuery,
  leadUserQuery,
} from './casusregisseur.queries';
import { ParticipantError } from './participant.error';

/**
 * Appointing or changing the casusregisseur: the procesregisseur's decision (domain brief §2.5).
 * The lead agency must take part in the case; the policy's `lead` follows the case row at once.
 */
@Injectable()
export class CasusregisseurService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
  ) {}

  async candidates(user: Caller, caseId: string): Promise<CasusregisseurCandidateModel[]> {
    const id = uuidArg(caseId, 'caseId');
    const { ability } = await user.policy();
    await this.cases.require(ability, 'update', id, user);
    const { sql, params } = casusregisseurCandidatesQuery(id, user.regionId);
    return this.db.query<CasusregisseurCandidateModel[]>(sql, params);
  }

  /** Returns the case id; the portal reads the case again for the new lead. */
  async appoint(user: Caller, input: AppointCasusregisseurInput): Promise<string> {
    const caseId = uuidArg(input.caseId, 'caseId');
    const agencyId = uuidArg(input.agencyId, 'agencyId');
    const userId = input.userId ? uuidArg(input.userId, 'userId') : null;
    const previousAgencyId = input.previousAgencyId
      ? uuidArg(input.previousAgencyId, 'previousAgencyId')
      : null;
    const previousUserId = input.previousUserId
      ? uuidArg(input.previousUserId, 'previousUserId')
      : null;
    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'update', caseId, user);
    CaseAccessService.assertOpen(row);

    await user.transaction(this.db, async (tx) => {
      const agency = leadAgencyQuery(caseId, agencyId);
      if ((await tx.query<unknown[]>(agency.sql, agency.params)).length === 0) {
        throw InputError.badInput(
          'agencyId',
          'The casusregisseur is a partner taking part in the case, not the Veiligheidshuis.',
        );
      }
      if (userId) {
        const lead = leadUserQuery(userId, agencyId);
        if ((await tx.query<unknown[]>(lead.sql, lead.params)).length === 0) {
          throw InputError.badInput('userId', 'No such professional at that agency.');
        }
      }
      const appoint = appointCasusregisseurQuery({
        caseId,
        agencyId,
        userId,
        previousAgencyId,
        previousUserId,
      });
      // An UPDATE answers [rows, affected count] through TypeORM.
      const [, changed] = await tx.query<[unknown[], number]>(appoint.sql, appoint.params);
      if (changed === 0) {
        throw new ParticipantError(
          'EDIT_CONFLICT',
          'Someone else changed the casusregisseur meanwhile; reload the case.',
        );
      }
      const roles = leadRolesQuery(caseId, agencyId);
      await tx.query(roles.sql, roles.params);
    });
    return caseId;
  }
}
