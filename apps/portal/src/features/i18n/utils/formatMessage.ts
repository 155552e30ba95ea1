import type { IntlMessageFormat } from 'intl-messageformat';
import type { CompiledMessage } from './catalogues';
import { interpolate, type MessageParams } from './interpolate';
import { INTL_LOCALE, type Locale } from './locale';

// Parsing an ICU message costs far more than formatting it: each message is parsed once per locale
// (in the build, ICU messages come parsed and the parser is not in the bundle).
const formatters: Record<Locale, Map<CompiledMessage, IntlMessageFormat>> = {
  nl: new Map(),
  en: new Map(),
};

/** intl-messageformat, installed by icuEngine.ts with the first ICU message that arrives. */
let Engine: typeof IntlMessageFormat | undefined;

export function installIcuEngine(engine: typeof IntlMessageFormat): void {
  Engine = engine;
}

function formatterOf(locale: Locale, message: CompiledMessage): IntlMessageFormat {
  if (!Engine) {
    // Cannot happen when the message came with its registration; reported like a missing message.
    console.error('Schakel: an ICU message arrived without its engine (icuEngine.ts)');
    throw new Error('no ICU engine');
  }
  const cache = formatters[locale];
  let formatter = cache.get(message);
  if (!formatter) {
    // ignoreTag: a "<" in a message is text, never markup (messages hold no HTML).
    formatter = new Engine(message, INTL_LOCALE[locale], undefined, { ignoreTag: true });
    cache.set(message, formatter);
  }
  return formatter;
}

/** No apostrophe (ICU quoting) and every brace pair a bare `{name}`: no plural, select or number. */
const SIMPLE = /^(?:[^{}']|\{\w+\})*$/;

/**
 * Formats an ICU MessageFormat message (`{name}`, `{count, plural, one {# dag} other {# dagen}}`,
 * `{kind, select, …}`). A message that does not parse or misses a value falls back to the plain
 * `{name}` replacement, so the user still sees the text and the missing placeholder is noticed;
 * the catalogue test keeps such messages out of the catalogues.
 */
export function formatMessage(
  locale: Locale,
  message: CompiledMessage,
  params?: MessageParams,
): string {
  // Most messages are plain text or only `{name}` values, which ICU formats exactly as the plain
  // replacement does (String(value)); long lists call t() thousands of times, so skip the engine.
  if (typeof message === 'string' && SIMPLE.test(message)) return interpolate(message, params);
  try {
    const result = formatterOf(locale, message).format(params);
    return typeof result === 'string' ? result : String(result);
  } catch {
    // A parsed message has no text to fall back on; the catalogue test keeps such failures out.
    return typeof message === 'string' ? interpolate(message, params) : '';
  }
}
