import { IntlMessageFormat } from 'intl-messageformat';
import { interpolate, type MessageParams } from './interpolate';
import { INTL_LOCALE, type Locale } from './locale';

// Parsing an ICU message costs far more than formatting it: each message is parsed once per locale.
const formatters: Record<Locale, Map<string, IntlMessageFormat>> = { nl: new Map(), en: new Map() };

function formatterOf(locale: Locale, message: string): IntlMessageFormat {
  const cache = formatters[locale];
  let formatter = cache.get(message);
  if (!formatter) {
    // ignoreTag: a "<" in a message is text, never markup (messages hold no HTML).
    formatter = new IntlMessageFormat(message, INTL_LOCALE[locale], undefined, { ignoreTag: true });
    cache.set(message, formatter);
  }
  return formatter;
}

/**
 * Formats an ICU MessageFormat message (`{name}`, `{count, plural, one {# dag} other {# dagen}}`,
 * `{kind, select, …}`). A message that does not parse or misses a value falls back to the plain
 * `{name}` replacement, so the user still sees the text and the missing placeholder is noticed;
 * the catalogue test keeps such messages out of the catalogues.
 */
export function formatMessage(locale: Locale, message: string, params?: MessageParams): string {
  try {
    const result = formatterOf(locale, message).format(params);
    return typeof result === 'string' ? result : String(result);
  } catch {
    return interpolate(message, params);
  }
}
