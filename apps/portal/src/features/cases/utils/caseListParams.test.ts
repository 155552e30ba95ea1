import { describe, expect, it } from 'vitest';
import {
  caseListSearch,
  caseListVariables,
  nextPage,
  parseCaseListParams,
  previousPage,
} from './caseListParams';

const parse = (query: string) => parseCaseListParams(new URLSearchParams(query));

describe('case list parameters', () => {
  it('reads filters and page cursors from the URL and writes them back the same way', () => {
    const params = parse('status=ACTIVE&thema=DOMESTIC_VIOLENCE&na=c1&na=c2');
    expect(params).toEqual({ status: 'ACTIVE', theme: 'DOMESTIC_VIOLENCE', cursors: ['c1', 'c2'] });
    expect(caseListSearch(params).toString()).toBe(
      'status=ACTIVE&thema=DOMESTIC_VIOLENCE&na=c1&na=c2',
    );
  });

  it('ignores values the API does not know instead of sending them', () => {
    expect(parse('status=OPEN&thema=&na=')).toEqual({ status: null, theme: null, cursors: [] });
  });

  it('asks the API for the first page without a filter when nothing is chosen', () => {
    expect(caseListVariables(parse(''))).toEqual({ first: 20 });
  });

  it('sends the chosen filters and the cursor of the previous page', () => {
    expect(caseListVariables(parse('status=IN_TRIAGE&na=c1&na=c2'))).toEqual({
      first: 20,
      after: 'c2',
      filter: { statuses: ['IN_TRIAGE'] },
    });
  });

  it('goes forward by remembering the cursor and back by forgetting it', () => {
    const first = parse('thema=EX_DETAINEE');
    const second = nextPage(first, 'end-of-1');
    expect(caseListVariables(second)).toEqual({
      first: 20,
      after: 'end-of-1',
      filter: { themes: ['EX_DETAINEE'] },
    });
    expect(previousPage(second)).toEqual(first);
  });
});
