import { describe, expect, it } from 'vitest';
import { AUDIT_OPERATIONS, operationMessage } from './operationLabel';

// The API's declarations of every operation (who may call it, what it writes to the trail), as
// committed in its snapshot: each operation that leaves an audit event must have a Dutch label, or
// the privacy officer reads a code ("Overige handeling (Query.x)").
const SNAPSHOTS = import.meta.glob<string>(
  '../../../../../api/test/__snapshots__/policy-declarations.int-spec.ts.snap',
  { query: '?raw', import: 'default', eager: true },
);

describe('the privacy office labels every audited operation', () => {
  const snapshot = Object.values(SNAPSHOTS)[0] ?? '';
  const audited = [...snapshot.matchAll(/"(\w+\.\w+) -> [^"]*audit: (\w+)"/g)]
    .filter(([, , audit]) => audit !== 'none' && audit !== 'self')
    .map(([, operation]) => operation!);

  it('reads the API declarations', () => {
    expect(audited.length).toBeGreaterThan(50);
    expect(audited).toContain('Query.case');
  });

  it('has a label for each of them', () => {
    expect(audited.filter((operation) => operationMessage(operation) === null)).toEqual([]);
  });

  it('says nothing for an unknown operation, so the page says "Overige handeling"', () => {
    expect(operationMessage('Query.somethingNew')).toBeNull();
    expect(AUDIT_OPERATIONS).not.toContain('Query.somethingNew');
  });
});
