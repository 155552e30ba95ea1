import { describe, expect, it } from 'vitest';
import { liveUrl, retryDelay } from './liveLink';

describe('the live connection', () => {
  it('uses the page origin, wss on https', () => {
    expect(liveUrl({ protocol: 'https:', host: 'schakel.example.nl' })).toBe(
      'wss://schakel.example.nl/graphql',
    );
    expect(liveUrl({ protocol: 'http:', host: 'localhost:4377' })).toBe(
      'ws://localhost:4377/graphql',
    );
  });

  it('waits longer after each failed attempt, never more than half a minute', () => {
    expect(retryDelay(0, 0)).toBe(1000);
    expect(retryDelay(3, 0)).toBe(8000);
    expect(retryDelay(50, 0.999)).toBeLessThanOrEqual(30_499);
  });
});
