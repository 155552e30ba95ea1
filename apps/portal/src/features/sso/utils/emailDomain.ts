/** The domain of an address as the API decides the login method by it; null when there is none. */
export function emailDomain(email: string): string | null {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  return at > 0 && at < address.length - 1 ? address.slice(at + 1) : null;
}
