import { useT } from '../../i18n/hooks/useT';
import type { CovenantLevel } from '../utils/covenantLevel';
import './covenant.css';

interface CovenantCellProps {
  level: CovenantLevel;
}

/** One cell of the matrix in words, with a tint as an extra cue (never the only one). */
export function CovenantCell({ level }: CovenantCellProps) {
  const t = useT();
  if (level === 'NONE') {
    return (
      <span className="schakel-covenant-cell schakel-covenant-cell--none">
        <span aria-hidden="true">—</span>
        <span className="schakel-visually-hidden">{t('covenant.level.NONE')}</span>
      </span>
    );
  }
  const words =
    level === 'SUMMARY'
      ? [t('covenant.cell.summary')]
      : level === 'READ'
        ? [t('covenant.cell.read')]
        : [t('covenant.cell.read'), t('covenant.cell.write')];
  return (
    <span className={`schakel-covenant-cell schakel-covenant-cell--${level.toLowerCase()}`}>
      {words.map((word, index) => (
        // The space keeps the words apart when read out; CSS puts each on its own line.
        <span key={word} className="schakel-covenant-cell__word">
          {index > 0 && ' '}
          {word}
        </span>
      ))}
    </span>
  );
}
