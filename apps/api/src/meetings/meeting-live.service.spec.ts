import { LIVE_OUTAGE_LIMIT_MS, outageRetryDelay } from './meeting-live.service';

describe('a live stream waiting for the database', () => {
  it('tries again after 1, 2, 4, 8, then every 15 seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 20].map((attempt) => outageRetryDelay(attempt, 0))).toEqual([
      1000, 2000, 4000, 8000, 15_000, 15_000, 15_000,
    ]);
  });

  it('gives up once the outage lasted the limit, never waiting past it', () => {
    expect(outageRetryDelay(9, LIVE_OUTAGE_LIMIT_MS - 3000)).toBe(3000);
    expect(outageRetryDelay(9, LIVE_OUTAGE_LIMIT_MS)).toBeNull();
    expect(outageRetryDelay(0, 5000, 5000)).toBeNull();
  });
});
