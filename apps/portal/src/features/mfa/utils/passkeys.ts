// The WebAuthn helper library is loaded when a passkey is actually used, not with the first page:
// most sign-ins never touch it, and the phone pays for every kilobyte of the first chunk.
type WebAuthnLibrary = typeof import('@simplewebauthn/browser');
let library: Promise<WebAuthnLibrary> | undefined;
const webAuthn = (): Promise<WebAuthnLibrary> => (library ??= import('@simplewebauthn/browser'));

/** Whether this browser can use passkeys at all (the button is hidden otherwise). */
export function passkeysSupported(): boolean {
  // The same test as the library's browserSupportsWebAuthn(), without loading it.
  return typeof window !== 'undefined' && typeof window.PublicKeyCredential === 'function';
}

/** Asks the browser to sign the API's options (JSON); resolves to its answer as JSON. */
export async function signWithPasskey(optionsJson: string): Promise<string> {
  const { startAuthentication } = await webAuthn();
  const optionsJSON = JSON.parse(optionsJson) as Parameters<
    typeof startAuthentication
  >[0]['optionsJSON'];
  return JSON.stringify(await startAuthentication({ optionsJSON }));
}

/** Asks the browser to create a passkey for the API's options (JSON); resolves to its answer. */
export async function createPasskey(optionsJson: string): Promise<string> {
  const { startRegistration } = await webAuthn();
  const optionsJSON = JSON.parse(optionsJson) as Parameters<
    typeof startRegistration
  >[0]['optionsJSON'];
  return JSON.stringify(await startRegistration({ optionsJSON }));
}
