import type { EntityManager } from 'typeorm';
import { runStatement } from '../database/run-statement';
import {
  insertDemoConditionQuery,
  insertDemoOpenSignalQuery,
  insertDemoSignalQuery,
} from './demo-supervision.queries';

/*
 * Demo supervision (ADR 0033), relative to the day the demo is loaded: Kevin Voorbeeld
 * (ZVH-2026-001) is under supervision with a location ban on Winkelcentrum Noord (on his card) and
 * a weekly reporting duty; the wijkagent once reported him at the shopping centre, and probation
 * gave a warning; yesterday the wijkteam reported that he missed his reporting day, which waits
 * for probation's assessment. Parket numbers and names are invented.
 */
export async function seedSupervision(tx: EntityManager, regionId: string): Promise<void> {
  const [ban] = (await runStatement(
    tx,
    insertDemoConditionQuery(regionId, 'ZVH-2026-001', {
      kind: 'LOCATION_BAN',
      subject: 'Winkelcentrum Noord, Demostad',
      legalSourceKind: 'SENTENCE',
      decidedDaysAgo: 60,
      parketNumber: '05/700123-25',
      startedDaysAgo: 45,
      endsInDays: 320,
      notes: 'Opgelegd na winkeldiefstallen in het winkelcentrum; proeftijd twee jaar.',
    }),
  )) as { id: string; caseId: string }[];
  if (!ban) throw new Error('demo supervision: no case ZVH-2026-001');
  await runStatement(
    tx,
    insertDemoConditionQuery(regionId, 'ZVH-2026-001', {
      kind: 'REPORTING_DUTY',
      subject: 'Reclasseringskantoor Demostad, Stationsweg 1',
      frequency: 'wekelijks op dinsdag',
      legalSourceKind: 'SENTENCE',
      decidedDaysAgo: 60,
      parketNumber: '05/700123-25',
      startedDaysAgo: 45,
      endsInDays: 320,
    }),
  );
  await runStatement(
    tx,
    insertDemoSignalQuery(regionId, ban.caseId, ban.id, {
      what: 'Betrokkene liep door het winkelcentrum en is aangesproken; hij vertrok direct.',
      daysAgo: 10,
      location: 'Winkelcentrum Noord, ingang Marktplein',
      seenBy: 'Wijkagent Noord',
      assessment:
        'Gesprek gevoerd; betrokkene zegt de bus te hebben gemist. Eerste keer: waarschuwing.',
      followUp: 'WARNING',
    }),
  );
  await runStatement(
    tx,
    insertDemoOpenSignalQuery(regionId, ban.caseId, {
      what: 'Cliënt vertelde dat hij dinsdag niet naar het reclasseringskantoor is gegaan.',
      hoursAgo: 20,
      location: 'Wijkteamkantoor Noord',
      seenBy: 'Wijkteamprofessional',
    }),
  );
}
