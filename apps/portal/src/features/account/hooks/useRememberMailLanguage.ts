import { useMutation } from '@apollo/client/react';
import type { Locale } from '../../i18n/utils/locale';
import { SET_MAIL_LANGUAGE_MUTATION } from '../graphql/mailLanguageMutation';

/**
 * The signed-in user's language switch also sets the language of the e-mails Schakel sends on
 * its own (notifications, the access review's reminder). Best effort: a failure changes nothing
 * on screen, the next switch tries again.
 */
export function useRememberMailLanguage(): (locale: Locale) => void {
  const [mutate] = useMutation(SET_MAIL_LANGUAGE_MUTATION);
  return (locale) => {
    mutate({ variables: { language: locale } }).catch(() => undefined);
  };
}
