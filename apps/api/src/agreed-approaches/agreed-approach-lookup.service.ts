import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { subject } from '@casl/ability';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { runStatement as run } from '../database/run-statement';
import { PolicyService } from '../sharing/policy.service';
import { AgreedApproachError } from './agreed-approach.error';
import type { LookupAgreedApproachInput } from './dto/lookup-agreed-approach.input';
import type { AgreedApproachValidity } from './agreed-approach.enums';
import type {
  AgreedApproachCardModel,
  AgreedApproachContactModel,
  AgreedApproachLookupResultModel,
} from './agreed-approach.model';
import { logLookupQuery, lookupQuery } from './agreed-approach.queries';
import { withPhoneUri } from './agreed-approach.service';
import { checkLookupInput } from './agreed-approach.validation';
import type { StreetConditionModel } from '../supervision/supervision.model';

interface LookupRow {
  caseId: string;
  regionId: string;
  /** For the audit trail only. */
  personId: string;
  person: AgreedApproachCardModel['person'];
  validity: AgreedApproachValidity;
  validUntil: string;
  instructions: string | null;
  contacts: Omit<AgreedApproachContactModel, 'phoneUri'>[];
  /** The street summary of the supervision conditions (ADR 0033). */
  conditions: StreetConditionModel[];
}

/**
 * The police lookup on the street (domain brief §2 step 6): any police professional of the
 * region, with a stated purpose, sees the card only — never the case — and every lookup is
 * logged in the same transaction, including the ones that found nothing.
 */
@Injectable()
export class AgreedApproachLookupService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
  ) {}

  async lookup(
    user: Caller,
    input: LookupAgreedApproachInput,
  ): Promise<AgreedApproachLookupResultModel> {
    const { ability } = await user.policy();
    // On the subject type: "may this user look up any card at all?" (police, PLAN in the covenant).
    if (!ability.can('lookup', 'AgreedApproach')) {
      throw new AgreedApproachError(
        'FORBIDDEN',
        'Only police professionals of the region may look up an agreed approach.',
      );
    }
    const search = checkLookupInput(input);
    const statement = lookupQuery(ability, user.regionId, search.person);

    return user.transaction(this.db, async (tx) => {
      const rows = statement ? await tx.query<LookupRow[]>(statement.sql, statement.params) : [];
      // The SQL filter and can() agree (policy tests); re-checking each card keeps a disagreement
      // from ever becoming a leak.
      const shown = rows.filter((row) =>
        ability.can(
          'lookup',
          subject('AgreedApproach', { regionId: row.regionId, caseId: row.caseId }),
        ),
      );
      // The audit event of this lookup: the purpose, and the persons whose card was shown.
      user.note({
        caseIds: shown.map((row) => row.caseId),
        personIds: shown.map((row) => row.personId),
        categories: shown.length > 0 ? ['PLAN'] : [],
        purpose: `${search.purposeKind}: ${search.purpose}`,
      });
      const [logged] = (await run(
        tx,
        logLookupQuery(
          { regionId: user.regionId, userId: user.id, agencyId: user.agencyId },
          search,
          shown,
        ),
      )) as { at: Date }[];
      return {
        lookedUpAt: logged!.at,
        // Only card fields leave the API: no case id, reference, theme or participants.
        cards: shown.map((row) => ({
          person: row.person,
          validity: row.validity,
          validUntil: row.validUntil,
          instructions: row.validity === 'VALID' ? row.instructions : null,
          contacts: withPhoneUri(row.contacts),
          conditions: row.conditions,
        })),
      };
    });
  }
}
