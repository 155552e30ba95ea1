import { retentionInterval } from './retention.scheduler';

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
