import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  isAgencyType,
  LETTER_LANGUAGES,
  OPEN_CASE_STATUSES,
  personInformedSchema,
  type AgencyType,
  type CaseTheme,
  type InformationCategory,
  type LetterLanguage,
} from '@schakel/domain';
import { grantsFor, type CovenantEntry } from '@schakel/sharing-policy';
import { DataSource } from 'typeorm';
import type { AgencyModel } from '../auth/me.model';
import type { Caller } from '../auth/caller';
import { InputError } from '../common/input.error';
import { parseInput } from '../common/parse-input';
import { uuidArg } from '../common/validate';
import { runStatement as run } from '../database/run-statement';
import { CaseAccessService, type CaseAccessRow } from '../sharing/case-access.service';
import type { LoadedPolicy } from '../sharing/policy.service';
import { caseCategoryItem, caseSubject } from '../sharing/policy-sql';
import type { RecordPersonInformedInput } from './dto/record-person-informed.input';
import { buildTransparencyLetterPdf, type LetterData } from './transparency-letter.pdf';
import { LETTER_TEXTS } from './transparency-letter.texts';
import { TransparencyError } from './transparency.error';
import type {
  CasePersonInformedModel,
  PersonInformedRecordModel,
  ReferralInformedAnswerModel,
} from './transparency.model';
import {
  caseAgenciesQuery,
  currentCovenantEntriesQuery,
  informedRecordQuery,
  insertInformedQuery,
  letterCaseQuery,
  letterPartnersQuery,
  letterRegionQuery,
  referralAnswerQuery,
  retentionPeriodsQuery,
  updateInformedQuery,
  type InformedWrite,
} from './transparency.queries';

interface CovenantRow {
  agencyType: AgencyType | null;
  agencyId: string | null;
  category: InformationCategory;
  read: boolean;
  write: boolean;
  readSummary: boolean;
}

/**
 * Telling the person (issue 17 item 4, ADR 0035). The case's leads — the procesregisseur taking
 * part and the casusregisseur's agency (the policy's `lead`) — generate the letter and record
 * whether the person was informed. The letter is built from structured data only (the active
 * participants, their legal basis, the covenant, the retention periods, the contactpunt) and is
 * never stored; each download is one EXPORT event naming the person.
 */
@Injectable()
export class TransparencyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cases: CaseAccessService,
  ) {}

  async letter(user: Caller, caseIdArg: string, languageArg: unknown): Promise<Uint8Array> {
    const language = letterLanguage(languageArg);
    const caseId = uuidArg(caseIdArg, 'caseId');
    const policy = await user.policy();
    const row = await this.cases.require(policy.ability, 'read', caseId, user);
    if (!mayLead(policy, row)) {
      throw new TransparencyError(
        'FORBIDDEN',
        "Only the case's procesregisseur or casusregisseur writes the letter to the person.",
      );
    }
    const withName = policy.ability.can('read', caseCategoryItem(row, 'IDENTITY'));
    user.note({
      caseId: row.id,
      personIds: [row.subjectPersonId],
      categories: withName ? ['IDENTITY', 'PLAN'] : ['PLAN'],
      accessBasis: 'covenant',
    });
    const [kase] = (await run(this.db, letterCaseQuery(row.id, user.regionId, withName))) as {
      reference: string;
      theme: CaseTheme;
      personName: string | null;
    }[];
    const [partners, covenant, retention, regionRows] = await Promise.all([
      run(this.db, letterPartnersQuery(row.id, user.regionId)) as Promise<
        { id: string; name: string; type: AgencyType; legalBasis: string }[]
      >,
      run(this.db, currentCovenantEntriesQuery(user.regionId)) as Promise<CovenantRow[]>,
      run(this.db, retentionPeriodsQuery(user.regionId)) as Promise<
        { category: InformationCategory; months: number }[]
      >,
      run(this.db, letterRegionQuery(user.regionId)) as Promise<
        {
          name: string;
          zvhName: string | null;
          email: string | null;
          phone: string | null;
          address: string | null;
        }[]
      >,
    ]);
    const region = regionRows[0]!;
    const entries = covenant.map(toCovenantEntry);
    const data: LetterData = {
      language,
      generatedAt: new Date(),
      zvhName: region.zvhName ?? `Zorg- en Veiligheidshuis ${region.name}`,
      caseReference: kase!.reference,
      theme: kase!.theme,
      personName: kase!.personName,
      partners: partners
        .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
        .map((p) => ({
          name: p.name,
          type: p.type,
          legalBasis: p.legalBasis,
          grants: grantsFor(entries, { agencyId: p.id, agencyType: p.type }),
        })),
      retention,
      contact: { email: region.email, phone: region.phone, address: region.address },
      senderAgency: user.agencyName,
    };
    return buildTransparencyLetterPdf(data);
  }

  /** The letter's file name in its language. */
  static fileName(language: unknown): string {
    return letterLanguage(language) === 'en'
      ? 'letter-who-works-together.pdf'
      : 'brief-samenwerking.pdf';
  }

  static title(language: unknown): string {
    return LETTER_TEXTS[letterLanguage(language)].title;
  }

  async informed(user: Caller, caseIdArg: string): Promise<CasePersonInformedModel> {
    const caseId = uuidArg(caseIdArg, 'caseId');
    const policy = await user.policy();
    const row = await this.cases.require(policy.ability, 'read', caseId, user);
    const lead = mayLead(policy, row);
    if (!policy.ability.can('read', caseCategoryItem(row, 'PLAN'))) {
      return {
        caseId: row.id,
        access: 'WITHHELD',
        record: null,
        referralAnswer: null,
        agencies: [],
        mayRecord: false,
        mayGenerateLetter: false,
      };
    }
    user.note({ categories: ['PLAN'], personIds: [row.subjectPersonId] });
    const [record, answer, agencies] = await Promise.all([
      this.record(row.id, user.regionId),
      run(this.db, referralAnswerQuery(row.id, user.regionId)) as Promise<
        ReferralInformedAnswerModel[]
      >,
      run(this.db, caseAgenciesQuery(row.id, user.regionId)) as Promise<AgencyModel[]>,
    ]);
    return {
      caseId: row.id,
      access: 'FULL',
      record,
      referralAnswer: answer[0] ?? null,
      agencies,
      mayRecord: lead && isOpen(row),
      mayGenerateLetter: lead,
    };
  }

  async recordInformed(
    user: Caller,
    input: RecordPersonInformedInput,
  ): Promise<CasePersonInformedModel> {
    const parsed = parseInput(personInformedSchema(), input);
    const policy = await user.policy();
    const row = await this.cases.require(policy.ability, 'read', parsed.caseId, user);
    user.note({
      caseId: row.id,
      personIds: [row.subjectPersonId],
      categories: ['PLAN'],
      record: { type: 'Case', id: row.id },
    });
    if (!mayLead(policy, row) || !policy.ability.can('read', caseCategoryItem(row, 'PLAN'))) {
      throw new TransparencyError(
        'FORBIDDEN',
        "Only the case's procesregisseur or casusregisseur records whether the person was informed.",
      );
    }
    CaseAccessService.assertOpen(row);
    if (parsed.informedByAgencyId) {
      const agencies = (await run(this.db, caseAgenciesQuery(row.id, user.regionId))) as {
        id: string;
      }[];
      if (!agencies.some((a) => a.id === parsed.informedByAgencyId)) {
        throw InputError.badInput(
          'informedByAgencyId',
          'The person is informed by an agency that takes or took part in the case.',
        );
      }
    }
    const write: InformedWrite = {
      regionId: user.regionId,
      caseId: row.id,
      informed: parsed.informed,
      informedOn: parsed.informedOn,
      informedByAgencyId: parsed.informedByAgencyId,
      notInformedReason: parsed.notInformedReason,
      explanation: parsed.explanation,
      userId: user.id,
      agencyId: user.agencyId,
    };
    await user.transaction(this.db, async (tx) => {
      const result = (await run(
        tx,
        parsed.revision === null
          ? insertInformedQuery(write)
          : updateInformedQuery(write, parsed.revision),
      )) as unknown[];
      // INSERT … RETURNING gives the rows; UPDATE … RETURNING gives [rows, count].
      const rows = (parsed.revision === null ? result : result[0]) as unknown[];
      if (rows.length === 0) {
        throw new TransparencyError(
          'EDIT_CONFLICT',
          'Someone else recorded this meanwhile; load it again and retry.',
        );
      }
    });
    return this.informed(user, row.id);
  }

  private async record(
    caseId: string,
    regionId: string,
  ): Promise<PersonInformedRecordModel | null> {
    const [record] = (await run(
      this.db,
      informedRecordQuery(caseId, regionId),
    )) as PersonInformedRecordModel[];
    return record ? { ...record, recordedAt: new Date(record.recordedAt) } : null;
  }
}

/** A lead of the case (procesregisseur taking part, or the casusregisseur's agency); no preview. */
function mayLead(policy: LoadedPolicy, row: CaseAccessRow): boolean {
  return !policy.preview && policy.ability.can('lead', caseSubject(row));
}

function isOpen(row: CaseAccessRow): boolean {
  return OPEN_CASE_STATUSES.includes(row.status);
}

function letterLanguage(value: unknown): LetterLanguage {
  if (value === undefined || value === null || value === '') return 'nl';
  if (typeof value === 'string' && (LETTER_LANGUAGES as readonly string[]).includes(value)) {
    return value as LetterLanguage;
  }
  throw InputError.badInput('lang', 'The letter is written in nl or en.');
}

function toCovenantEntry(row: CovenantRow): CovenantEntry {
  const base = {
    category: row.category,
    read: row.read,
    write: row.write,
    readSummary: row.readSummary,
  };
  if (row.agencyId !== null) return { ...base, subject: { agencyId: row.agencyId } };
  if (row.agencyType !== null && isAgencyType(row.agencyType)) {
    return { ...base, subject: { agencyType: row.agencyType } };
  }
  // An entry without a party grants nobody anything; kept closed.
  return { ...base, read: false, readSummary: false, write: false, subject: { agencyId: '' } };
}
