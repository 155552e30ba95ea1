import { Injectable } from '@nestjs/common';

/**
 * Reads that many subscribers need at the same moment (one signal wakes them all): the first
 * caller starts the read, the others with the same key get its promise. Nothing is kept once
 * the read settles, so a key must say what makes a result current (e.g. the live generation).
 */
@Injectable()
export class SharedReads {
  private readonly running = new Map<string, Promise<unknown>>();

  share<T>(key: string, read: () => Promise<T>): Promise<T> {
    const running = this.running.get(key);
    if (running) return running as Promise<T>;
    const started = read().finally(() => this.running.delete(key));
    this.running.set(key, started);
    return started;
  }
}
