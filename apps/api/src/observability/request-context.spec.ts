import { EventEmitter } from 'node:events';
import { JsonLogger } from './json-logger';
import { currentRequestId, detachedFromRequests, runWithRequestContext } from './request-context';

describe('request context', () => {
  it('is not seen by handlers of objects that outlive the request (a pooled connection)', async () => {
    const lines: string[] = [];
    const logger = new JsonLogger('debug', (line) => lines.push(line));
    const connection = new EventEmitter();
    // The connection is opened by a request: its events run in that request's context.
    await runWithRequestContext({ requestId: 'ended-request-1' }, async () => {
      await Promise.resolve();
      const later = () => setTimeout(() => connection.emit('error', new Error('gone')), 5);
      connection.on(
        'error',
        detachedFromRequests((error: Error) => logger.warn('pool error', { error: error.message })),
      );
      connection.on('error', () => lines.push(`plain handler sees ${currentRequestId()}`));
      later();
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(JSON.parse(lines[0]!)).toEqual({
      time: expect.any(String) as string,
      level: 'warn',
      msg: 'pool error',
      error: 'gone',
    });
    // What it protects against: without it, the handler logs the ended request's id.
    expect(lines[1]).toBe('plain handler sees ended-request-1');
  });
});
