import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
} from '@simplewebauthn/browser';

/** Whether this browser can use passkeys at all (the button is hidden otherwise). */
export function passkeysSupported(): boolean {
  return typeof window !== 'undefined' && browserSupportsWebAuthn();
}

/** Asks the browser to sign the API's options (JSON); resolves to its answer as JSON. */
export async function signWithPasskey(optionsJson: string): Promise<string> {
  const optionsJSON = JSON.parse(optionsJson) as Parameters<
    typeof startAuthentication
  >[0]['optionsJSON'];
  return JSON.stringify(await startAuthentication({ optionsJSON }));
}

/** Asks the browser to create a passkey for the API's options (JSON); resolves to its answer. */
export async function createPasskey(optionsJson: string): Promise<string> {
  const optionsJSON = JSON.parse(optionsJson) as Parameters<
    typeof startRegistration
  >[0]['optionsJSON'];
  return JSON.stringify(await startRegistration({ optionsJSON }));
}
