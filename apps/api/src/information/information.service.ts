import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  eraseInformationItemSchema,
  informationItemSchema,
  rectifyInformationItemSchema,
  type InformationCategory,
} from '@schakel/domain';
import { DataSource } from 'typeorm';
import type { Caller } from '../auth/caller';
import { parseInput } from '../common/parse-input';
import { preparedQuery } from '../database/prepared-query';
import { CaseAccessService } from '../sharing/case-access.service';
import { maskItem, type ItemRow } from '../sharing/masking';
import { categoryProbe } from '../sharing/policy-sql';
import { PolicyService, type LoadedPolicy } from '../sharing/policy.service';
import { InformationError, itemEditConflict } from './information.error';
import { InputError } from '../common/input.error';
import { optionalTextArg, uuidArg } from '../common/validate';
import { decodeKeysetCursor, encodeKeysetCursor, type KeysetCursor } from '../common/keyset-cursor';
import type {
  AddInformationItemInput,
  EraseInformationItemInput,
  RectifyInformationItemInput,
} from './dto/add-information-item.input';
import type { AuditSink } from '../audit/audit-scope';
import type { InformationItemChangeModel, InformationItemModel } from './information-item.model';
import {
  caseTouchedQuery,
  changeRequestQuery,
  eraseItemQuery,
  insertItemChangeQuery,
  insertItemQuery,
  rectifyItemQuery,
  userNameQuery,
  ITEM_LIMIT,
  itemByIdQuery,
  itemCountsQuery,
  itemsQuery,
} from './information.queries';

/** An item row with its keyset position and revision. */
type CursorItemRow = ItemRow & { cursorAt: string; revision: number; rectifiedAt: Date | null };

/** How many items of one category of a case the caller may see. */
export interface ItemCount {
  caseId: string;
  category: InformationCategory;
  count: number;
}

@Injectable()
export class InformationService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly policies: PolicyService,
    private readonly cases: CaseAccessService,
  ) {}

  /** One page of a case's items, newest first: `first` of them, older than `after` if given. */
  async list(
    user: Caller,
    caseId: string,
    filter: { category: InformationCategory | null; text: string | null },
    page: { first: number; after: string | null },
  ): Promise<InformationItemModel[]> {
    const id = uuidArg(caseId, 'caseId');
    const search = optionalTextArg(filter.text, 'text', 2, 200);
    if (!Number.isInteger(page.first) || page.first < 1 || page.first > ITEM_LIMIT) {
      throw InputError.badInput('first', `first must be between 1 and ${ITEM_LIMIT}.`);
    }
    const after = page.after ? decodeKeysetCursor(page.after, 'after') : null;
    const policy = await user.policy();
    return this.load(
      policy,
      user.regionId,
      [id],
      { category: filter.category, text: search, first: page.first, after },
      user,
    );
  }

  /** Items of several cases at once (the nested field of a page of cases), newest first. */
  forCases(
    policy: LoadedPolicy,
    regionId: string,
    caseIds: readonly string[],
    category: InformationCategory | null,
    audit: AuditSink,
  ): Promise<InformationItemModel[]> {
    return this.load(policy, regionId, caseIds, { category }, audit);
  }

  /**
   * The newest items of one case `policy` lets through in SQL, unmasked: for a preview, which
   * masks them with two abilities (masking.ts `previewItem`). Never return these to a client.
   */
  async rowsFor(policy: LoadedPolicy, regionId: string, caseId: string): Promise<ItemRow[]> {
    const statement = itemsQuery(policy.ability, regionId, { caseIds: [caseId] });
    if (!statement) return [];
    return preparedQuery<CursorItemRow>(this.db, statement.sql, statement.params);
  }

  /** Per case and category, how many items the caller may see: one statement for all cases. */
  async countsForCases(
    policy: LoadedPolicy,
    regionId: string,
    caseIds: readonly string[],
  ): Promise<ItemCount[]> {
    const statement = itemCountsQuery(policy.ability, regionId, caseIds);
    if (!statement) return [];
    return preparedQuery<ItemCount>(this.db, statement.sql, statement.params);
  }

  async byId(user: Caller, itemId: string): Promise<InformationItemModel> {
    const id = uuidArg(itemId, 'id');
    const policy = await user.policy();
    const { sql, params } = itemByIdQuery(id, user.regionId);
    const [row] = await preparedQuery<CursorItemRow>(this.db, sql, params);
    const item = row ? withCursor(policy, row, user) : null;
    if (!item) throw InputError.notFound('The information item');
    return item;
  }

  async add(user: Caller, input: AddInformationItemInput): Promise<InformationItemModel> {
    const {
      caseId,
      legalBasis,
      text,
      shareableSummary: summary,
    } = parseInput(informationItemSchema(), input);

    const { ability } = await user.policy();
    const row = await this.cases.require(ability, 'read', caseId, user);
    const probe = categoryProbe(row, input.category, user.agencyId, summary !== null);
    if (!ability.can('create', probe)) {
      throw new InformationError(
        'FORBIDDEN',
        'Your agency may not add information of this category under the covenant.',
        'category',
      );
    }
    CaseAccessService.assertOpen(row);

    const id = await user.transaction(this.db, async (tx) => {
      const insert = insertItemQuery({
        regionId: user.regionId,
        caseId: row.id,
        personId: row.subjectPersonId,
        category: input.category,
        sourceAgencyId: user.agencyId,
        legalBasis,
        text,
        summary,
        createdByUserId: user.id,
      });
      const [inserted] = await tx.query<{ id: string }[]>(insert.sql, insert.params);
      const touch = caseTouchedQuery(row.id);
      await tx.query(touch.sql, touch.params);
      return inserted!.id;
    });
    return this.byId(user, id);
  }

  /**
   * The source agency corrects an item (AVG art. 16): the new text overwrites the old, the
   * history row says who, when, why and on which request — in the same transaction as the
   * change and its audit event.
   */
  async rectify(
    user: Caller,
    input: RectifyInformationItemInput,
  ): Promise<InformationItemChangeModel> {
    const change = parseInput(rectifyInformationItemSchema(), input);
    const row = await this.changeable(user, change.itemId, change.dataSubjectRequestId);
    const history = await user.transaction(this.db, async (tx) => {
      const update = rectifyItemQuery({
        itemId: row.id,
        regionId: user.regionId,
        revision: change.revision,
        text: change.text,
        summary: change.shareableSummary,
      });
      // UPDATE … RETURNING answers [rows, affected] through TypeORM.
      const [, updated] = await tx.query<[unknown[], number]>(update.sql, update.params);
      if (updated === 0) throw itemEditConflict();
      const result = await this.recordChange(tx, user, row, 'RECTIFIED', change);
      await tx.query(caseTouchedQuery(row.caseId).sql, [row.caseId]);
      return result;
    });
    return { ...history, item: await this.byId(user, row.id) };
  }

  /**
   * The source agency erases an item (AVG art. 17): the row is deleted, so no list, preview,
   * search, export or PDF can show it again; the history row keeps which item, who, when and why.
   */
  async erase(user: Caller, input: EraseInformationItemInput): Promise<InformationItemChangeModel> {
    const change = parseInput(eraseInformationItemSchema(), input);
    const row = await this.changeable(user, change.itemId, change.dataSubjectRequestId);
    const history = await user.transaction(this.db, async (tx) => {
      const erase = eraseItemQuery(row.id, user.regionId, change.revision);
      const [, erased] = await tx.query<[unknown[], number]>(erase.sql, erase.params);
      if (erased === 0) throw itemEditConflict();
      const result = await this.recordChange(tx, user, row, 'ERASED', change);
      await tx.query(caseTouchedQuery(row.caseId).sql, [row.caseId]);
      return result;
    });
    return { ...history, item: null };
  }

  /** The item, if the caller's agency is its source and reads it in full; else refused. */
  private async changeable(
    user: Caller,
    itemId: string,
    requestId: string | null,
  ): Promise<CursorItemRow> {
    const policy = await user.policy();
    const { sql, params } = itemByIdQuery(itemId, user.regionId);
    const [row] = await preparedQuery<CursorItemRow>(this.db, sql, params);
    const item = row ? maskItem(policy.ability, row, user) : null;
    if (!row || !item) throw InputError.notFound('The information item');
    if (policy.preview || !mayChange(item.access, row, user.agencyId)) {
      throw new InformationError(
        'FORBIDDEN',
        'Only the agency that recorded this item may correct or erase it.',
        'itemId',
      );
    }
    user.note({ record: { type: 'InformationItem', id: row.id } });
    if (requestId) {
      const check = changeRequestQuery(requestId, user.regionId, row.personId);
      const [request] = await this.db.query<{ id: string }[]>(check.sql, check.params);
      if (!request) throw InputError.notFound('The data-subject request');
    }
    return row;
  }

  private async recordChange(
    tx: { query: DataSource['query'] },
    user: Caller,
    row: CursorItemRow,
    kind: 'RECTIFIED' | 'ERASED',
    change: { reason: string; dataSubjectRequestId: string | null },
  ): Promise<Omit<InformationItemChangeModel, 'item'>> {
    const who = userNameQuery(user.id);
    const [named] = await tx.query<{ name: string }[]>(who.sql, who.params);
    const insert = insertItemChangeQuery({
      regionId: user.regionId,
      caseId: row.caseId,
      itemId: row.id,
      itemCreatedAt: row.createdAt,
      category: row.category,
      sourceAgencyId: row.sourceAgencyId,
      kind,
      reason: change.reason,
      dataSubjectRequestId: change.dataSubjectRequestId,
      userId: user.id,
      userName: named?.name ?? '—',
    });
    const [inserted] = await tx.query<{ id: string; changedAt: Date }[]>(insert.sql, insert.params);
    return {
      id: inserted!.id,
      itemId: row.id,
      caseId: row.caseId,
      kind,
      changedAt: inserted!.changedAt,
    };
  }

  private async load(
    policy: LoadedPolicy,
    regionId: string,
    caseIds: readonly string[],
    filter: {
      category: InformationCategory | null;
      text?: string | null;
      first?: number;
      after?: KeysetCursor | null;
    },
    audit: AuditSink,
  ): Promise<InformationItemModel[]> {
    const statement = itemsQuery(policy.ability, regionId, { caseIds, ...filter });
    if (!statement) return [];
    const rows = await preparedQuery<CursorItemRow>(this.db, statement.sql, statement.params);
    // maskItem cannot withhold what the SQL filter let through (the property test proves they
    // agree); dropping such a row keeps a disagreement from ever becoming a leak.
    return rows.flatMap((row) => withCursor(policy, row, audit) ?? []);
  }
}

function withCursor(
  policy: LoadedPolicy,
  row: CursorItemRow,
  audit: AuditSink,
): InformationItemModel | null {
  const item = maskItem(policy.ability, row, audit);
  return (
    item && {
      ...item,
      cursor: encodeKeysetCursor({ at: row.cursorAt, id: row.id }),
      revision: row.revision,
      rectifiedAt: row.rectifiedAt ? new Date(row.rectifiedAt) : null,
      // A "view as" preview never offers changes.
      mayChange: !policy.preview && mayChange(item.access, row, policy.agencyId),
    }
  );
}

/** Only the source agency, reading the item in full, corrects or erases it (AVG art. 16/17). */
function mayChange(access: string, row: ItemRow, agencyId: string): boolean {
  return access === 'FULL' && row.sourceAgencyId === agencyId;
}
