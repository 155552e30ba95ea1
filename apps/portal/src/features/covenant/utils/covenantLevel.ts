/**
 * What one kind of agency may do with one category, as one choice. The API stores three flags
 * (read, readSummary, write); writing without reading is invalid there, so four levels cover
 * every valid combination and an editor cannot produce an invalid one.
 */
export const COVENANT_LEVELS = ['NONE', 'SUMMARY', 'READ', 'READ_WRITE'] as const;

export type CovenantLevel = (typeof COVENANT_LEVELS)[number];

export interface CovenantGrant {
  read: boolean;
  readSummary: boolean;
  write: boolean;
}

export function levelOf(grant: CovenantGrant | undefined): CovenantLevel {
  if (!grant) return 'NONE';
  if (grant.read) return grant.write ? 'READ_WRITE' : 'READ';
  return grant.readSummary ? 'SUMMARY' : 'NONE';
}

export function grantOf(level: CovenantLevel): CovenantGrant {
  return {
    read: level === 'READ' || level === 'READ_WRITE',
    readSummary: level === 'SUMMARY',
    write: level === 'READ_WRITE',
  };
}
