import type { InformationItemModel } from '../information/information-item.model';
import type { LoadedPolicy } from '../sharing/policy.service';

/**
 * The policy behind a returned case, plus one shared loader for the nested items of all cases in
 * the same answer: a page of cases costs one items query, not one per case.
 */
export class CaseViewer {
  private loaded: Promise<Map<string, InformationItemModel[]>> | null = null;

  constructor(
    readonly policy: LoadedPolicy,
    readonly caseIds: readonly string[],
    private readonly loadItems: (
      policy: LoadedPolicy,
      caseIds: readonly string[],
    ) => Promise<InformationItemModel[]>,
  ) {}

  async itemsOf(caseId: string): Promise<InformationItemModel[]> {
    this.loaded ??= this.loadItems(this.policy, this.caseIds).then((items) => {
      const byCase = new Map<string, InformationItemModel[]>();
      for (const item of items) {
        const list = byCase.get(item.caseId);
        if (list) list.push(item);
        else byCase.set(item.caseId, [item]);
      }
      return byCase;
    });
    return (await this.loaded).get(caseId) ?? [];
  }
}
