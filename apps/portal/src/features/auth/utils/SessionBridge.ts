import type { SessionLinkHooks } from '../../api-client/utils/createApolloClient';

export type SessionEndCode = 'UNAUTHENTICATED' | 'SESSION_EXPIRED';
type Listener = (code: SessionEndCode) => void;

/**
 * Connects the Apollo links (created once, outside React) with the session state in React.
 * The CSRF token lives here, in memory only: never in localStorage, where injected script could read it later.
 */
export class SessionBridge implements SessionLinkHooks {
  private token: string | null = null;
  private readonly listeners = new Set<Listener>();
  private stepUpHandler: (() => Promise<boolean>) | null = null;

  csrfToken(): string | null {
    return this.token;
  }

  setCsrfToken(token: string | null): void {
    this.token = token;
  }

  sessionEnded(code: SessionEndCode): void {
    for (const listener of this.listeners) listener(code);
  }

  /** Asks the user for a fresh second factor (the StepUpDialog); false when nobody can ask. */
  stepUp(): Promise<boolean> {
    return this.stepUpHandler ? this.stepUpHandler() : Promise.resolve(false);
  }

  onStepUp(handler: () => Promise<boolean>): () => void {
    this.stepUpHandler = handler;
    return () => {
      if (this.stepUpHandler === handler) this.stepUpHandler = null;
    };
  }

  onSessionEnded(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
