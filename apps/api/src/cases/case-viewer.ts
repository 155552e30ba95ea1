import type { InformationCategory } from '@schakel/domain';
import type { InformationItemModel } from '../information/information-item.model';
import type { ItemCount } from '../information/information.service';
import type { CaseParticipantModel } from '../participants/participant.model';
import type { LoadedPolicy } from '../sharing/policy.service';
import type { AuditSink } from '../audit/audit-scope';

type Loader<T> = (policy: LoadedPolicy, caseIds: readonly string[]) => Promise<T[]>;
type ItemsLoader = (
  policy: LoadedPolicy,
  caseIds: readonly string[],
  category: InformationCategory | null,
) => Promise<InformationItemModel[]>;

/** Items already loading for one category argument (null: all categories) of one case. */
export interface PrefetchedItems {
  category: InformationCategory | null;
  items: Promise<InformationItemModel[]>;
}

/** Loads once for all cases of an answer, on first use, and hands out each case's share. */
class Batch<T extends { caseId: string }> {
  private loaded: Promise<Map<string, T[]>> | null = null;

  constructor(private readonly load: () => Promise<T[]>) {}

  async of(caseId: string): Promise<T[]> {
    this.loaded ??= this.load().then((rows) => {
      const byCase = new Map<string, T[]>();
      for (const row of rows) {
        const list = byCase.get(row.caseId);
        if (list) list.push(row);
        else byCase.set(row.caseId, [row]);
      }
      return byCase;
    });
    return (await this.loaded).get(caseId) ?? [];
  }
}

/**
 * The policy behind a returned case, plus shared loaders for the nested fields of all cases in
 * the same answer: a page of cases costs one items query per distinct category argument, one
 * count query and one participants query, not one per case, and none when the fields are not
 * asked for.
 */
export class CaseViewer {
  /** Per category argument ('' for none): the category is filtered in SQL, never in memory. */
  private readonly items = new Map<string, Batch<InformationItemModel>>();
  private readonly itemCounts: Batch<ItemCount>;
  private readonly participants: Batch<CaseParticipantModel>;
  private readonly loadItems: ItemsLoader;

  constructor(
    readonly policy: LoadedPolicy,
    /** The audit entry of the root field: nested fields note what they read on it. */
    readonly audit: AuditSink,
    readonly caseIds: readonly string[],
    loaders: {
      items: ItemsLoader;
      itemCounts: Loader<ItemCount>;
      participants: Loader<CaseParticipantModel>;
    },
    prefetched?: PrefetchedItems,
  ) {
    this.loadItems = loaders.items;
    if (prefetched) {
      this.items.set(prefetched.category ?? '', new Batch(() => prefetched.items));
    }
    this.itemCounts = new Batch(() => loaders.itemCounts(policy, caseIds));
    this.participants = new Batch(() => loaders.participants(policy, caseIds));
  }

  itemsOf(caseId: string, category: InformationCategory | null): Promise<InformationItemModel[]> {
    const key = category ?? '';
    let batch = this.items.get(key);
    if (!batch) {
      batch = new Batch(() => this.loadItems(this.policy, this.caseIds, category));
      this.items.set(key, batch);
    }
    return batch.of(caseId);
  }

  itemCountsOf(caseId: string): Promise<ItemCount[]> {
    return this.itemCounts.of(caseId);
  }

  participantsOf(caseId: string): Promise<CaseParticipantModel[]> {
    return this.participants.of(caseId);
  }
}
