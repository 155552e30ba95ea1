import { currentAuditEntry, withinAuditEntry } from '../audit/audit-scope';
import type { InformationItemModel } from '../information/information-item.model';
import type { CaseParticipantModel } from '../participants/participant.model';
import type { LoadedPolicy } from '../sharing/policy.service';

type Loader<T> = (policy: LoadedPolicy, caseIds: readonly string[]) => Promise<T[]>;

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
 * the same answer: a page of cases costs one items query and one participants query, not one per
 * case, and none when the fields are not asked for.
 */
export class CaseViewer {
  private readonly items: Batch<InformationItemModel>;
  private readonly participants: Batch<CaseParticipantModel>;

  constructor(
    readonly policy: LoadedPolicy,
    readonly caseIds: readonly string[],
    loaders: { items: Loader<InformationItemModel>; participants: Loader<CaseParticipantModel> },
  ) {
    // Nested fields load after the root resolver returned, outside its audit scope: carry the
    // access's audit event along so the items read are noted on it.
    const entry = currentAuditEntry();
    this.items = new Batch(() => withinAuditEntry(entry, () => loaders.items(policy, caseIds)));
    this.participants = new Batch(() =>
      withinAuditEntry(entry, () => loaders.participants(policy, caseIds)),
    );
  }

  itemsOf(caseId: string): Promise<InformationItemModel[]> {
    return this.items.of(caseId);
  }

  participantsOf(caseId: string): Promise<CaseParticipantModel[]> {
    return this.participants.of(caseId);
  }
}
