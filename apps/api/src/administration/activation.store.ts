import type { Queryable } from '../database/queryable';
import { runStatement } from '../database/run-statement';
import { ACTIVATION_HOURS, newActivationToken } from './activation-token';
import { insertActivationQuery, revokeOpenActivationsQuery } from './activation.queries';

export interface IssuedActivation {
  id: string;
  token: string;
  expiresAt: Date;
}

/**
 * A new single-use activation link for an account, replacing any open one. Shared by the admin
 * command and the agency admin's invitation, so both links behave alike.
 */
export async function issueActivation(
  q: Queryable,
  input: { regionId: string; userId: string; createdByUserId: string | null },
): Promise<IssuedActivation> {
  const { token, hash } = newActivationToken();
  await runStatement(q, revokeOpenActivationsQuery(input.userId));
  const [row] = (await runStatement(
    q,
    insertActivationQuery({ ...input, tokenHash: hash, hours: ACTIVATION_HOURS }),
  )) as { id: string; expiresAt: Date }[];
  return { id: row!.id, token, expiresAt: row!.expiresAt };
}
