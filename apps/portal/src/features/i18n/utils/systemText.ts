import type { MessageKey } from '../messages/nl';
import type { Translate } from './I18nContext';

/**
 * Defaults Schakel wrote into the database itself, in English, before texts were translated
 * (frozen in migrations 1763900000000 and 1764000001000, the demo seed and the admin command).
 * They are shown in the reader's language; a text a person typed is shown as typed.
 */
const SYSTEM_TEXTS: ReadonlyMap<string, MessageKey> = new Map<string, MessageKey>([
  ['Default covenant (domain brief §4)', 'systemText.defaultCovenant'],
  [
    'Default covenant (domain brief §4), set by the admin command',
    'systemText.defaultCovenantByCommand',
  ],
  [
    'Default: ZVH practice, personal data kept at most two years after the case is closed ' +
      '(choice of Schakel, docs/privacy.md "Retention"; check it against the regional covenant).',
    'systemText.retentionTwoYears',
  ],
  [
    'Default: one year for care data under medical secrecy; the care partner keeps its own ' +
      'medical file (choice of Schakel, docs/privacy.md "Retention").',
    'systemText.retentionOneYear',
  ],
]);

export function systemText(text: string, t: Translate): string {
  const key = SYSTEM_TEXTS.get(text);
  return key ? t(key) : text;
}
