import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AUDIT_CHAIN_STATUS_QUERY } from '../graphql/privacyOfficeDocuments';
import { renderPrivacy } from '../test/renderPrivacy';
import { AuditChainStatus } from './AuditChainStatus';

const status = (intact: boolean) => ({
  request: { query: AUDIT_CHAIN_STATUS_QUERY },
  result: {
    data: {
      auditChainStatus: {
        __typename: 'AuditChainStatus' as const,
        intact,
        checked: 1234,
        firstBrokenId: intact ? null : '77',
        firstBrokenSeq: intact ? null : '42',
        reason: intact ? null : 'HASH_MISMATCH',
        verifiedAt: '2026-11-22T21:00:00.000Z',
      },
    },
  },
});

describe('AuditChainStatus', () => {
  it('checks the chain only on request, then says it is intact', async () => {
    const { user } = renderPrivacy(<AuditChainStatus />, [status(true)], '/privacy/audittrail');
    // Reading the whole chain takes seconds on a large trail: not on every visit.
    expect(screen.queryByText(/Keten intact/)).toBeNull();
    await user.click(await screen.findByRole('button', { name: 'Keten nu controleren' }));
    expect(
      await screen.findByText('Keten intact, 1.234 gebeurtenissen gecontroleerd.'),
    ).toBeVisible();
  });

  it('names the first broken link and why', async () => {
    const { user } = renderPrivacy(<AuditChainStatus />, [status(false)], '/privacy/audittrail');
    await user.click(await screen.findByRole('button', { name: 'Keten nu controleren' }));
    expect(await screen.findByText(/42/)).toBeVisible();
    expect(screen.getByText(/na het vastleggen gewijzigd/)).toBeVisible();
  });
});
