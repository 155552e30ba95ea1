import { createContext } from 'react';
import type { MessageKey } from '../messages/nl';
import type { MessageParams } from './interpolate';
import type { Locale } from './locale';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export interface I18nContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
}

export const I18nContext = createContext<I18nContextValue | null>(null);
