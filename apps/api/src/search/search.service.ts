import { Injectable } from '@nestjs/common';
import type { Caller } from '../auth/caller';
import { InputError } from '../common/input.error';
import type { CasePageModel } from '../cases/case.model';
import type { CaseColumns } from '../cases/case.queries';
import { CaseService } from '../cases/case.service';
import { caseSearchCondition } from './search.queries';
import { criteriaOf, isEmptySearch, MAX_SEARCH_LENGTH, parseSearch } from './search-terms';

const EMPTY_PAGE: CasePageModel = { nodes: [], pageInfo: { endCursor: null, hasNextPage: false } };

@Injectable()
export class SearchService {
  constructor(private readonly caseService: CaseService) {}

  /**
   * The cases the caller may read that match `text`: the case list's statement with the search's
   * condition added, so the same policy filter and masking apply. The audit event (SEARCH) names
   * the kinds of criteria used and every case and person returned, never the searched values.
   */
  async cases(
    caller: Caller,
    text: string,
    first: number,
    after: string | null,
    columns: CaseColumns,
  ): Promise<CasePageModel> {
    if (text.length > MAX_SEARCH_LENGTH) {
      throw InputError.badInput('text', `A search is at most ${MAX_SEARCH_LENGTH} characters.`);
    }
    const terms = parseSearch(text);
    caller.note({ fields: criteriaOf(terms).map((criterion) => `search:${criterion}`) });
    if (isEmptySearch(terms)) return EMPTY_PAGE;
    const policy = await caller.policy();
    return this.caseService.list(
      caller,
      { match: (params) => caseSearchCondition(policy.ability, terms, caller.agencyId, params) },
      first,
      after,
      columns,
    );
  }
}
