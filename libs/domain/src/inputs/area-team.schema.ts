import { z } from 'zod';
import { id, idList, text } from './input-problem';

/*
 * An agency's area team (ADR 0036): a name, the wijken it serves and the agency's users in it. The
 * functional administrator keeps them on /beheer/gebiedsteams; the API checks the same schema.
 */

export const AREA_TEAM_NAME_MAX = 100;
export const AREA_TEAM_AREAS_MAX = 50;
export const AREA_TEAM_MEMBERS_MAX = 200;

export function areaTeamSchema() {
  return z.object({
    agencyId: id(),
    name: text(1, AREA_TEAM_NAME_MAX),
    areaIds: idList(AREA_TEAM_AREAS_MAX),
    memberUserIds: idList(AREA_TEAM_MEMBERS_MAX),
  });
}

export function updateAreaTeamSchema() {
  return z.object({
    id: id(),
    name: text(1, AREA_TEAM_NAME_MAX),
    areaIds: idList(AREA_TEAM_AREAS_MAX),
    memberUserIds: idList(AREA_TEAM_MEMBERS_MAX),
    active: z.boolean(),
    expectedVersion: z.number().int(),
  });
}

export type AreaTeamValues = z.output<ReturnType<typeof areaTeamSchema>>;

/**
 * Counts of cases an agency does not take part in are aggregate figures about other partners'
 * work: a count from 1 to 4 is shown as "fewer than 5" (null), so a small wijk does not point at
 * a person (the same minimum cell as the region's outcome report).
 */
export const AREA_WORKLOAD_MIN_CELL = 5;

export function suppressSmallCount(n: number): number | null {
  return n > 0 && n < AREA_WORKLOAD_MIN_CELL ? null : n;
}
