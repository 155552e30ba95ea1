import { retentionCron, retentionInterval } from './retention.scheduler';

describe('retentionInterval', () => {
  it('runs every six hours by default, never under tests, and not when switched off', () => {
    expect(retentionInterval({})).toBe(6 * 60 * 60 * 1000);
    expect(retentionInterval({ NODE_ENV: 'test' })).toBeNull();
    expect(retentionInterval({ SCHAKEL_RETENTION_JOB: 'off' })).toBeNull();
    expect(retentionInterval({ SCHAKEL_RETENTION_INTERVAL_MINUTES: '15' })).toBe(15 * 60 * 1000);
  });

  it('refuses an interval that is not a whole number of minutes within a week', () => {
    for (const raw of ['0', '-5', '1.5', 'daily', '10081']) {
      expect(() => retentionInterval({ SCHAKEL_RETENTION_INTERVAL_MINUTES: raw })).toThrow(
        /SCHAKEL_RETENTION_INTERVAL_MINUTES/,
      );
    }
  });
});

describe('retentionCron', () => {
  const minutes = (m: number) => m * 60 * 1000;

  it('turns the interval into a schedule', () => {
    expect(retentionCron(minutes(15))).toBe('*/15 * * * *');
    expect(retentionCron(minutes(60))).toBe('0 * * * *');
    expect(retentionCron(minutes(360))).toBe('0 */6 * * *');
    expect(retentionCron(minutes(1440))).toBe('0 3 * * *');
    expect(retentionCron(minutes(2880))).toBe('0 3 */2 * *');
  });

  it('refuses an interval no schedule can give', () => {
    for (const m of [7, 90, 300, 1500, 10080 + 1440]) {
      expect(() => retentionCron(minutes(m))).toThrow(/SCHAKEL_RETENTION_INTERVAL_MINUTES/);
    }
  });
});
