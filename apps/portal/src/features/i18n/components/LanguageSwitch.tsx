import { Button } from '@utrecht/component-library-react';
import { useI18n } from '../hooks/useI18n';
import { LOCALES, type Locale } from '../utils/locale';

interface LanguageSwitchProps {
  className?: string;
  /** After switching, e.g. to remember a signed-in user's choice for e-mails. */
  onSwitch?: (locale: Locale) => void;
}

/**
 * One button per other language, labelled in that language ("English", "Nederlands"), so people
 * who cannot read the current language still find it. `lang` makes screen readers pronounce it right.
 */
export function LanguageSwitch({ className, onSwitch }: LanguageSwitchProps) {
  const { locale, setLocale, t } = useI18n();
  return (
    <div className={className}>
      {LOCALES.filter((other) => other !== locale).map((other) => (
        <Button
          key={other}
          type="button"
          appearance="subtle-button"
          lang={other}
          onClick={() => {
            setLocale(other);
            onSwitch?.(other);
          }}
        >
          {t(`language.${other}`)}
        </Button>
      ))}
    </div>
  );
}
