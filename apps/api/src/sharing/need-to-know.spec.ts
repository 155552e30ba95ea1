import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  activeAgencyIds,
  casesTakenPartIn,
  participationActive,
  participationOpenEnded,
  participationPlannedEnd,
  takesPart,
  takesPartJoined,
} from './need-to-know';

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

// Any test of a participation's end against a moment: "ended_at IS NULL", "ended_at > now()",
// "cp.ended_at <= now()" (comments included: a rule written out in prose is copied next).
const SPELLINGS = [/ended_at\s+IS\s+(NOT\s+)?NULL/i, /ended_at\s*(<=|>=|<|>)/i];
/** Files whose `ended_at` is not a participation's (a review point when adding one). */
const OTHER_ENDS: Record<string, string> = {
  [join('auth', 'user-session.queries.ts')]: "a login session's end (user_session), not a case's",
  [join('sso', 'sso.queries.ts')]: "a login session's end (user_session) at an SSO step-up",
  [join('volunteer-couplings', 'volunteer-coupling.queries.ts')]:
    "a volunteer coupling's end (volunteer_coupling), counted in the year figures",
};

describe('need-to-know is spelled once', () => {
  it('no statement outside sharing/need-to-know.ts tests whether a participation is active', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      if (file.endsWith(join('sharing', 'need-to-know.ts'))) continue;
      if (relative(SRC, file) in OTHER_ENDS) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (SPELLINGS.some((spelling) => spelling.test(line))) {
            offenders.push(`${relative(SRC, file)}:${index + 1}: ${line.trim()}`);
          }
        });
    }
    expect(offenders).toEqual([]);
  });

  it('the scan would catch a hand-written predicate', () => {
    const handWritten = 'WHERE ap.case_id = c.id AND (ap.ended_at IS NULL OR ap.ended_at > now())';
    expect(SPELLINGS.some((spelling) => spelling.test(handWritten))).toBe(true);
  });

  it('treats an end in the future as active and renders one predicate for all uses', () => {
    expect(participationActive('cp')).toBe('(cp.ended_at IS NULL OR cp.ended_at > now())');
    // Open-ended or planned: together exactly the active ones (the overview's counts, ADR 0014).
    expect(participationActive('cp')).toBe(
      `(${participationOpenEnded('cp')} OR ${participationPlannedEnd('cp')})`,
    );
    expect(participationActive('cp', 'e.occurred_at')).toBe(
      '(cp.ended_at IS NULL OR cp.ended_at > e.occurred_at)',
    );
    expect(takesPart('c.id', '$1')).toContain(participationActive('ap'));
    expect(activeAgencyIds('c.id')).toContain(participationActive('ap'));
    expect(casesTakenPartIn('$2')).toContain(participationActive('ap'));
    // Joined: the caller's agency from the set, any other agency by the per-row test.
    expect(takesPartJoined('c.id', '$5', '$2', 'mine.case_id')).toBe(
      `(CASE WHEN $5::uuid = $2::uuid THEN mine.case_id IS NOT NULL ELSE ${takesPart('c.id', '$5')} END)`,
    );
  });
});
