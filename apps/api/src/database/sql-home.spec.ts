import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [path] : [];
  });
}

// The start of a statement literal: a quote or backtick followed by an SQL verb. "UPDATE" must be
// followed by a table (and alias) and SET or the line's end: 'UPDATE covenant.approve' is an
// audit label, not a statement.
const STATEMENT =
  /[`'"]\s*(SELECT\s|INSERT\s+INTO\s|UPDATE\s+\w+(\s+\w+)?\s*(SET\s|$)|DELETE\s+FROM\s|WITH\s)/;

/** Files that hold statements by design: the builders and the migrations (excluded above). */
const isStatementHome = (file: string) => /\.queries\.ts$/.test(file);

describe('one home for SQL', () => {
  it('keeps every statement in a *.queries.ts builder, none in services, resolvers or jobs', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      if (isStatementHome(file)) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          if (STATEMENT.test(line))
            offenders.push(`${relative(SRC, file)}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('the scan would catch a statement written in a service', () => {
    expect(
      STATEMENT.test('await this.db.query(`SELECT id FROM case_file WHERE id = $1`, [id]);'),
    ).toBe(true);
    expect(
      STATEMENT.test("await this.db.query('UPDATE case_file SET status = $2', [id, s]);"),
    ).toBe(true);
    expect(STATEMENT.test('await tx.query(`UPDATE plan_version')).toBe(true);
    expect(STATEMENT.test("throw new Error('Update failed')")).toBe(false);
    expect(
      STATEMENT.test("@AuditedBySelf('UPDATE covenant.approve, written in one transaction')"),
    ).toBe(false);
  });
});
