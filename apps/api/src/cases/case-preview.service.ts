import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AgencyModel } from '../auth/me.model';
import type { Caller } from '../auth/caller';
import { InformationService } from '../information/information.service';
import {
  previewCategories,
  previewItem,
  previewPerson,
  type PersonRow,
  type PreviewAbilities,
} from '../sharing/masking';
import { caseSubject } from '../sharing/policy-sql';
import { PolicyService } from '../sharing/policy.service';
import { toAccessBasis } from '../sharing/sharing.enums';
import { InputError } from '../common/input.error';
import { uuidArg } from '../common/validate';
import { accessBasis } from '@schakel/sharing-policy';
import type { CaseAsAgencyModel } from './case-preview.model';
import { CaseService } from './case.service';
import { agencyOfRegionQuery } from './case.queries';

/**
 * "Bekijk als" (docs/data-sharing.md): the shape of what another agency of the region would get
 * of a case, from that agency's own ability, and content only where the caller's own ability
 * reads it too. The preview discloses nothing the caller could not read in its own view.
 */
@Injectable()
export class CasePreviewService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseService,
    private readonly policies: PolicyService,
    private readonly information: InformationService,
  ) {}

  async asAgency(user: Caller, caseId: string, agencyId: string): Promise<CaseAsAgencyModel> {
    const id = uuidArg(caseId, 'caseId');
    const targetId = uuidArg(agencyId, 'agencyId');
    const agencyStatement = agencyOfRegionQuery(targetId, user.regionId);
    const [own, row, agencies] = await Promise.all([
      user.policy(),
      this.cases.row(id, user.regionId),
      this.db.query<AgencyModel[]>(agencyStatement.sql, agencyStatement.params),
    ]);
    if (!row || !own.ability.can('view_as', caseSubject(row))) {
      user.note({ caseId: id });
      throw InputError.notFound('The case');
    }
    const agency = agencies[0];
    if (!agency) throw InputError.badInput('agencyId', 'No such agency in your region.');
    const target = await user.viewAs(agency);
    const abilities: PreviewAbilities = {
      target: { ability: target.ability, agencyId: target.agencyId },
      viewer: { ability: own.ability, agencyId: own.agencyId, audit: user },
    };

    // The event names the previewed agency and what the caller itself was shown (masking.ts
    // notes each category of content); the shape alone is disclosed on the caller's role.
    user.note({
      caseId: row.id,
      personIds: [row.subjectPersonId],
      record: { type: 'Agency', id: agency.id },
      accessBasis: 'role',
    });
    const caseBasis = accessBasis(target.ability, 'read', caseSubject(row));
    const canReadCase = caseBasis !== null;
    const [rows, counts] = canReadCase
      ? await Promise.all([
          this.information.rowsFor(target, user.regionId, row.id),
          this.information.countsForCases(target, user.regionId, [row.id]),
        ])
      : [[], []];
    const categories = previewCategories(abilities, row, canReadCase).map((category) => ({
      ...category,
      itemCount: counts.find((c) => c.category === category.category)?.count ?? 0,
    }));
    return {
      agency,
      caseId: row.id,
      reference: row.reference,
      canReadCase,
      targetBasis: toAccessBasis(caseBasis),
      withheldBecause: canReadCase ? null : 'NOT_A_PARTICIPANT',
      viewerCanReadCase: own.ability.can('read', caseSubject(row)),
      // Listed also when the target cannot open the case: each field then reads WITHHELD, with why.
      subject: previewPerson(abilities, row, row as PersonRow, canReadCase),
      categories,
      items: rows.flatMap((item) => previewItem(abilities, item) ?? []),
    };
  }
}
