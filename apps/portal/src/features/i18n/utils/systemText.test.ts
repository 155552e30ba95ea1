import { describe, expect, it } from 'vitest';
import { en } from '../messages/en';
import { nl } from '../messages/nl';
import type { Translate } from './I18nContext';
import { systemText } from './systemText';

const dutch: Translate = (key) => nl[key];
const english: Translate = (key) => en[key];

describe('systemText', () => {
  it('shows the default covenant note and retention sources that Schakel stored in English in Dutch', () => {
    expect(systemText('Default covenant (domain brief §4)', dutch)).toMatch(/^Standaardconvenant/);
    expect(
      systemText(
        'Default: one year for care data under medical secrecy; the care partner keeps its own ' +
          'medical file (choice of Schakel, docs/privacy.md "Retention").',
        dutch,
      ),
    ).toMatch(/^Standaard: één jaar voor zorggegevens/);
    expect(systemText('Default covenant (domain brief §4)', english)).toMatch(
      /^Default covenant of Schakel/,
    );
  });

  it('shows a text a person typed as typed', () => {
    expect(systemText('Termijn volgens het convenant van 2026.', dutch)).toBe(
      'Termijn volgens het convenant van 2026.',
    );
  });
});
