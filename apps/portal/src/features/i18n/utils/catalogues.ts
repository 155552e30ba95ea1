import { nl, type Messages } from '../messages/nl';
import type { Locale } from './locale';

// Dutch is the default and comes with the first chunk; English (~20 kB gzip) is loaded only for
// someone who chose it: before the first render when stored (main.tsx), else on the switch.
const loaded: Partial<Record<Locale, Messages>> = { nl };
const loaders: Readonly<Record<Locale, () => Promise<Messages>>> = {
  nl: () => Promise.resolve(nl),
  en: () => import('../messages/en').then((module) => module.en),
};

/** The catalogue of `locale` if it has been loaded. */
export function loadedCatalogue(locale: Locale): Messages | undefined {
  return loaded[locale];
}

export async function loadCatalogue(locale: Locale): Promise<Messages> {
  return (loaded[locale] ??= await loaders[locale]());
}
