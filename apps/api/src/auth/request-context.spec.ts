import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/*
 * The caller reaches services one way: the `Caller` the AccessGuard puts on the request, passed
 * on explicitly (docs/architecture.md, "The request walk"). Side channels keyed on the request or
 * the user, an async-context store for audit, or a request forged for the live socket would bring
 * back the hidden state this replaced.
 */
const src = join(__dirname, '..');

function sources(folder: string): string[] {
  return readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .map((file) => join(src, folder, file));
}

/** Code only: a comment may name what is gone. */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
}

function offenders(folders: string[], pattern: RegExp): string[] {
  return folders
    .flatMap(sources)
    .filter((file) => pattern.test(code(file)))
    .map((file) => relative(src, file));
}

/**
 * Memo caches keyed on the session cache's entry (ADR 0013) or on the ability built from it (ADR
 * 0040): a pure function of that object, dropped with it, never keyed on a request or a user.
 * Each is named here with the one declaration it may hold; adding one is a review point.
 */
const MEMO_CACHES: Record<string, RegExp> = {
  'auth/session-authenticator.ts': /contexts = new WeakMap<object, PolicyContextRow>\(\)/,
  'sharing/policy.service.ts': /builtFor = new WeakMap<PolicyContextRow, LoadedPolicy>\(\)/,
  'sharing/policy-sql.ts': /compiledFilters = new WeakMap<AppAbility,/,
};

/** A file's code without its one reviewed memo-cache declaration. */
function withoutMemoCache(file: string): string {
  const allowed = MEMO_CACHES[relative(src, file)];
  return allowed ? code(file).replace(allowed, '') : code(file);
}

describe('the request context', () => {
  it('has no side channels in auth/, sharing/ or audit/', () => {
    const weak = ['auth', 'sharing', 'audit']
      .flatMap(sources)
      .filter((file) => /\bWeak(Map|Set)\b/.test(withoutMemoCache(file)))
      .map((file) => relative(src, file));
    expect(weak).toEqual([]);
    // The reviewed memo caches are still where the list says (the exemption cannot go stale).
    for (const [file, declaration] of Object.entries(MEMO_CACHES)) {
      expect([file, declaration.test(code(join(src, file)))]).toEqual([file, true]);
    }
    expect(offenders(['auth', 'sharing', 'audit'], /\bAsyncLocalStorage\b/)).toEqual([]);
  });

  it('is not forged for the live socket, nor kept beside it', () => {
    expect(offenders(['live'], /as unknown as Request\b/)).toEqual([]);
    expect(offenders(['live'], /\bWeak(Map|Set)\b/)).toEqual([]);
  });

  it('is read by services from the caller, not from a module-level note', () => {
    expect(offenders(['.'], /\bauditNote(For)?\(|\bpolicies\.forUser\(/)).toEqual([]);
  });

  it('is checked here against the real sources', () => {
    // The scan would pass vacuously if the folders moved.
    expect(sources('auth').map((file) => relative(src, file))).toContain('auth/caller.ts');
    expect(sources('live').length).toBeGreaterThan(0);
  });
});
