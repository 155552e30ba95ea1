import type { Translate } from '../utils/I18nContext';
import { useI18n } from './useI18n';

export function useT(): Translate {
  return useI18n().t;
}
