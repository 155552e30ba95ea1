// Bounded waits on conditions: the suite never sleeps a fixed time and hopes the machine was fast.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `condition` until it returns a truthy value (which is returned), or throws after
 * `timeoutMs` naming what was awaited.
 */
export async function until(what, condition, { timeoutMs = 60_000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await sleep(intervalMs);
  }
}

/**
 * Whether a live process of the group `pgid` is left. On Linux from /proc, so zombies count as
 * gone (in a container nobody may reap a dead postmaster's orphans); elsewhere by signal 0.
 */
export function processGroupAlive(pgid) {
  if (!pgid) return false;
  if (existsSync('/proc/self/stat')) {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      // "pid (comm) state ppid pgrp …"; comm may contain spaces and parentheses.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') return true;
    }
    return false;
  }
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}
