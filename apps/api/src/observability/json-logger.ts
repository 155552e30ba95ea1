import type { LoggerService } from '@nestjs/common';
import { currentRequestId } from './request-context';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogSink = (line: string) => void;

/**
 * Structured JSON logs, one object per line, with the request id when there is one.
 * Callers pass only technical facts; personal data (names, e-mail addresses, case content)
 * must never be logged.
 */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly minLevel: Level = 'info',
    private readonly sink: LogSink = (line) => process.stdout.write(line + '\n'),
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }

  /** Structured entry point for our own code. */
  event(level: Level, msg: string, fields: Record<string, unknown> = {}): void {
    if (ORDER[level] < ORDER[this.minLevel]) return;
    const requestId = currentRequestId();
    this.sink(
      JSON.stringify({
        time: new Date().toISOString(),
        level,
        msg,
        ...(requestId ? { requestId } : {}),
        ...fields,
      }),
    );
  }

  private write(level: Level, message: unknown, rest: unknown[]): void {
    // Nest passes the context name as the last string argument.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const fields: Record<string, unknown> = {};
    if (context) fields.context = context;
    // Our own callers may pass technical facts as an object (`warn('…', { error })`).
    const meta = rest[0];
    if (typeof meta === 'object' && meta !== null && !Array.isArray(meta)) {
      Object.assign(fields, meta);
    }
    if (message instanceof Error) {
      fields.error = message.message;
      this.event(level, message.name, fields);
      return;
    }
    if (typeof message === 'object' && message !== null) {
      Object.assign(fields, message);
      const msg = fields.msg;
      this.event(
        level,
        typeof msg === 'string' || typeof msg === 'number' ? String(msg) : 'event',
        fields,
      );
      return;
    }
    // Stack traces from Nest arrive as an extra string; keep them in the server log only.
    if (level === 'error' && typeof rest[0] === 'string') fields.stack = rest[0];
    this.event(level, String(message), fields);
  }
}
