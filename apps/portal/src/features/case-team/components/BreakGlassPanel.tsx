import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { BreakGlassForm } from './BreakGlassForm';
import './case-team.css';

interface BreakGlassPanelProps {
  /** Known on a case page that said "not found"; null on the page where one types the number. */
  caseId: string | null;
  headingLevel: 1 | 2;
}

/** Opening a case outside participation, with what it means said before it happens. */
export function BreakGlassPanel({ caseId, headingLevel }: BreakGlassPanelProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={headingLevel} id={headingId}>
        {t('team.breakGlass.heading')}
      </Heading>
      {caseId && <Paragraph>{t('team.breakGlass.notFoundIntro')}</Paragraph>}
      <Paragraph>{t('team.breakGlass.intro')}</Paragraph>
      <BreakGlassForm caseId={caseId} />
    </section>
  );
}
