import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { CATALOGUES } from '../utils/catalogues';
import { I18nContext, type I18nContextValue, type Translate } from '../utils/I18nContext';
import { interpolate } from '../utils/interpolate';
import { readStoredLocale, storeLocale, type Locale } from '../utils/locale';

interface I18nProviderProps {
  children: ReactNode;
  /** Overrides the stored choice; meant for tests. */
  initialLocale?: Locale;
}

export function I18nProvider({ children, initialLocale }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nContextValue>(() => {
    const messages = CATALOGUES[locale];
    const t: Translate = (key, params) => interpolate(messages[key], params);
    return { locale, setLocale, t };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
