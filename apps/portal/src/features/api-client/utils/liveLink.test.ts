import { describe, expect, it } from 'vitest';
import { isDrop, liveUrl, retryDelay } from './liveLink';

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

  it('calls every close a drop except the lazy close of a socket nothing needs', () => {
    expect(isDrop({ code: 1000, reason: 'Normal Closure' })).toBe(false);
    expect(isDrop({ code: 1006, reason: '' })).toBe(true);
    expect(isDrop({ code: 1001, reason: 'Server shutting down' })).toBe(true);
    expect(isDrop(new Event('error'))).toBe(true);
  });
});
