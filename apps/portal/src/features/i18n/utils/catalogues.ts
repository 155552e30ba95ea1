import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { nl, type MessageKey } from '../messages/nl';
import type { Locale } from './locale';
// The catalogue as written has ICU messages; in the build this line goes (split-catalogue.ts) and
// the engine comes with the first ICU message a chunk registers.
import './icuEngine';

/** A message as written, or (in the build) parsed at build time when it uses ICU syntax. */
export type CompiledMessage = string | MessageFormatElement[];
export type CompiledMessages = Partial<Record<MessageKey, CompiledMessage>>;

// Dutch is the default. In the build its own keys come with the first chunk and each feature's
// part with the chunk of the pages that use it (vite-plugins/split-catalogue.ts), registered
// before those pages render; in tests and the dev server `nl` is already the whole catalogue.
// ICU messages arrive parsed (vite-plugins/split-catalogue.ts). English (~20 kB gzip) is loaded whole, only for someone who chose it: before the first render
// when stored (main.tsx), else on the switch.
const dutch: CompiledMessages = { ...nl };
const loaded: Partial<Record<Locale, CompiledMessages>> = { nl: dutch };
const loaders: Readonly<Record<Locale, () => Promise<CompiledMessages>>> = {
  nl: () => Promise.resolve(dutch),
  en: () => import('../messages/en').then((module) => module.en),
};

/** Adds a feature's Dutch messages (called by the chunk that brings them). */
export function registerMessages(part: CompiledMessages): void {
  Object.assign(dutch, part);
}

/** The catalogue of `locale` if it has been loaded (for Dutch: the parts registered so far). */
export function loadedCatalogue(locale: Locale): CompiledMessages | undefined {
  return loaded[locale];
}

export async function loadCatalogue(locale: Locale): Promise<CompiledMessages> {
  return (loaded[locale] ??= await loaders[locale]());
}

const reported = new Set<string>();

/**
 * The message of `key`, or the key itself when no catalogue has it — a part that never arrived.
 * That is reported once on the console (the e2e tests watch for it), so it cannot go unnoticed.
 */
export function messageOf(messages: CompiledMessages, key: MessageKey): CompiledMessage {
  const message = messages[key] ?? dutch[key];
  if (message !== undefined) return message;
  if (!reported.has(key)) {
    reported.add(key);
    console.error(`Schakel: no message for "${key}"`);
  }
  return key;
}
