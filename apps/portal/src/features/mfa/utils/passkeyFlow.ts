import { errorCodeOf, type ClientErrorCode } from '../../api-client/utils/errorCode';

/**
 * A passkey ceremony in three steps, each with its own failure: the API's options, the
 * browser's answer (the user may cancel: PASSKEY_CANCELLED), the API's verdict.
 */
export async function passkeyFlow(
  options: () => Promise<string | null>,
  browser: (optionsJson: string) => Promise<string>,
  complete: (response: string) => Promise<boolean>,
): Promise<ClientErrorCode | 'PASSKEY_CANCELLED' | null> {
  let optionsJson: string | null;
  try {
    optionsJson = await options();
  } catch (error) {
    return errorCodeOf(error);
  }
  if (!optionsJson) return 'INTERNAL';
  let response: string;
  try {
    response = await browser(optionsJson);
  } catch {
    return 'PASSKEY_CANCELLED';
  }
  try {
    return (await complete(response)) ? null : 'INTERNAL';
  } catch (error) {
    return errorCodeOf(error);
  }
}
