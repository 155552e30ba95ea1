import { CONSENT_ONLY_AGENCY_TYPES } from '@schakel/sharing-policy';
import type { EntityManager } from 'typeorm';
import { ConsentError } from './consent.error';
import { volunteersWithoutConsentQuery } from './consent.queries';

/**
 * Refuses (CONSENT_REQUIRED, nothing changes) when one of `agencyIds` is a volunteer organisation
 * without an active consent of the case's person covering this case. Run inside the transaction
 * that adds the participation.
 */
export async function requireVolunteerConsent(
  tx: EntityManager,
  caseId: string,
  agencyIds: readonly string[],
  field: string,
): Promise<void> {
  if (agencyIds.length === 0) return;
  const { sql, params } = volunteersWithoutConsentQuery(
    caseId,
    agencyIds,
    CONSENT_ONLY_AGENCY_TYPES,
  );
  const missing = await tx.query<{ name: string }[]>(sql, params);
  if (missing.length > 0) {
    throw new ConsentError(
      'CONSENT_REQUIRED',
      `A volunteer organisation takes part only after the person's recorded consent for it ` +
        `(${missing.map((a) => a.name).join(', ')}). Record the consent first.`,
      field,
    );
  }
}

/** Proposing a volunteer organisation in a referral: refused, there can be no consent yet. */
export function refuseVolunteerProposal(
  agencies: readonly { id: string; type: string; name: string }[],
  proposedIds: readonly string[],
): void {
  const volunteers = agencies.filter(
    (a) =>
      (CONSENT_ONLY_AGENCY_TYPES as readonly string[]).includes(a.type) &&
      proposedIds.includes(a.id),
  );
  if (volunteers.length > 0) {
    throw new ConsentError(
      'CONSENT_REQUIRED',
      `A volunteer organisation takes part only after the person's recorded consent for it ` +
        `(${volunteers.map((a) => a.name).join(', ')}); invite it after triage, once the ` +
        `consent is recorded.`,
      'proposedAgencyIds',
    );
  }
}
