import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadCatalogue, loadedCatalogue, messageOf } from '../utils/catalogues';
import { I18nContext, type I18nContextValue, type Translate } from '../utils/I18nContext';
import { formatMessage } from '../utils/formatMessage';
import { readStoredLocale, storeLocale, type Locale } from '../utils/locale';

interface I18nProviderProps {
  children: ReactNode;
  /** Overrides the stored choice; meant for tests. */
  initialLocale?: Locale;
}

export function I18nProvider({ children, initialLocale }: I18nProviderProps) {
  const [locale, setLocaleState] = useState<Locale>(() => initialLocale ?? readStoredLocale());
  // Bumped when a catalogue that was not there yet has arrived: the render then reads it.
  const [, setArrived] = useState(0);
  const messages = loadedCatalogue(locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    if (messages) return;
    let current = true;
    void loadCatalogue(locale).then(() => current && setArrived((n) => n + 1));
    return () => {
      current = false;
    };
  }, [locale, messages]);

  const setLocale = useCallback((next: Locale) => {
    storeLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nContextValue>(() => {
    // Dutch for the moment another catalogue is still on its way.
    const shown = messages ?? loadedCatalogue('nl') ?? {};
    const shownLocale = messages ? locale : 'nl';
    const t: Translate = (key, params) => formatMessage(shownLocale, messageOf(shown, key), params);
    return { locale, setLocale, t };
  }, [locale, setLocale, messages]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
