import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import {
  insertCaseClosedEventsQuery,
  insertCaseClosureQuery,
  insertNotificationQuery,
  insertParticipantAddedEventsQuery,
  insertParticipantEndedEventsQuery,
  insertReferredEventsQuery,
  insertTriageEventsQuery,
} from './demo-monitoring.queries';

/*
 * Demo rows for monitoring: the closure of the closed demo case, a timeline for every demo case
 * (derived from its participations and status), and some notifications, so the bell, the timeline
 * and the dashboard show something. Runs after the other demo seeds and skips events they wrote.
 */

export async function seedMonitoringDemo(tx: EntityManager, regionId: string): Promise<void> {
  // The closed demo case: closed 60 days ago with the default 30 days of grace, long over.
  await runStatement(tx, insertCaseClosureQuery(regionId));

  // The timeline: referral, triage decision, partners in and out, closing.
  await runStatement(tx, insertReferredEventsQuery(regionId));
  await runStatement(tx, insertTriageEventsQuery(regionId));
  await runStatement(tx, insertParticipantAddedEventsQuery(regionId));
  await runStatement(tx, insertCaseClosedEventsQuery(regionId));
  await runStatement(tx, insertParticipantEndedEventsQuery(regionId));

  // Notifications: invitations (read), new referrals for the ZVH (unread), the closing (read).
  await runStatement(tx, insertNotificationQuery(regionId));
}
