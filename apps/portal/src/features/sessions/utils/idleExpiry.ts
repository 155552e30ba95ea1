/**
 * When the session ends without activity (epoch ms), as the API last said: in `me`, after
 * "Blijf ingelogd", and in the `x-session-expires-at` header of every answer (renewed or not).
 * Kept outside React: the HTTP link reports it, the idle warning listens.
 */
type Listener = (expiresAt: number | null) => void;

let current: number | null = null;
const listeners = new Set<Listener>();

export const SESSION_EXPIRES_HEADER = 'x-session-expires-at';

export function idleExpiry(): number | null {
  return current;
}

export function reportIdleExpiry(expiresAt: number | null): void {
  if (expiresAt === current) return;
  current = expiresAt;
  for (const listener of listeners) listener(expiresAt);
}

export function onIdleExpiry(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `fetch` that reports the header of every API answer. */
export const trackingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const seconds = Number(response.headers.get(SESSION_EXPIRES_HEADER));
  if (Number.isFinite(seconds) && seconds > 0) reportIdleExpiry(seconds * 1000);
  return response;
};
