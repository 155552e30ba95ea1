import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The ZVH's desk named in a COVENANT_NOT_SIGNED refusal (ADR 0019). */
export interface CovenantContact {
  regionName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

/** The contact of a login refused by the covenant lock-out; null for any other error. */
export function covenantContactOf(error: unknown): CovenantContact | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const refusal = error.errors.find((e) => e.extensions?.['code'] === 'COVENANT_NOT_SIGNED');
  if (!refusal) return null;
  const ext = refusal.extensions ?? {};
  return {
    regionName: text(ext['regionName']),
    contactEmail: text(ext['contactEmail']),
    contactPhone: text(ext['contactPhone']),
  };
}
