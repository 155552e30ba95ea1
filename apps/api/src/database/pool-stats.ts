import type { Pool } from 'pg';

/** What a node-postgres pool holds now, for the metrics (no connection is taken to ask). */
export interface PoolStats {
  total: number;
  idle: number;
  /** Requests waiting for a connection: the pool is exhausted. */
  waiting: number;
  max: number;
}

export function poolStats(pool: Pool): PoolStats {
  return {
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: pool.options.max ?? 10,
  };
}
