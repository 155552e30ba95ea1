import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { errorCodeLabel, methodLabel, operationLabel, statusClassLabel } from './operation-label';

const root = join(__dirname, '../../../..');

describe('metric labels', () => {
  it('keep the portal operation names and make every other name "other"', () => {
    expect(operationLabel('Login')).toBe('Login');
    expect(operationLabel('Me')).toBe('Me');
    expect(operationLabel('JanJansen19800101')).toBe('other');
    expect(operationLabel('login')).toBe('other');
    expect(operationLabel(undefined)).toBe('other');
    expect(operationLabel('')).toBe('other');
  });

  it('take error codes, methods and statuses only from a bounded vocabulary', () => {
    expect(errorCodeLabel('EDIT_CONFLICT')).toBe('EDIT_CONFLICT');
    expect(errorCodeLabel('jan@example.nl')).toBe('OTHER');
    expect(errorCodeLabel({ code: 1 })).toBe('OTHER');
    expect(errorCodeLabel('A'.repeat(41))).toBe('OTHER');
    expect(methodLabel('POST')).toBe('POST');
    expect(methodLabel('PROPFIND')).toBe('OTHER');
    expect(statusClassLabel(204)).toBe('2xx');
    expect(statusClassLabel(503)).toBe('5xx');
    expect(statusClassLabel(999)).toBe('other');
  });

  it('know every operation the portal sends (run `npm run codegen` when this fails)', () => {
    const check = spawnSync(
      process.execPath,
      [join(root, 'tools/metrics/portal-operations.mjs'), '--check'],
      { encoding: 'utf8' },
    );
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});
