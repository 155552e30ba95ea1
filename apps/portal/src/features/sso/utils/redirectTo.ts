/** A full page navigation (to the SSO start route or the provider), in one place for tests. */
export function redirectTo(url: string): void {
  window.location.assign(url);
}
