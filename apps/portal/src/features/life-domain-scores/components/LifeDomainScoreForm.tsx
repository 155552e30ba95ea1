import {
  LIFE_DOMAIN_CATEGORY,
  LIFE_DOMAINS,
  type InformationCategory,
  type LifeDomain,
} from '@schakel/domain';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import { useEffect, useId, useRef } from 'react';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { useT } from '../../i18n/hooks/useT';
import { useLifeDomainScoreForm } from '../hooks/useLifeDomainScoreForm';
import { SCORE_LEVELS, type ScoreMomentView } from '../utils/lifeDomainScores';
import { momentLabel } from '../utils/momentLabel';

interface LifeDomainScoreFormProps {
  caseId: string;
  moment: ScoreMomentView;
  /** The domains the caller may score; the others are named, not offered. */
  scorable: readonly LifeDomain[];
  onSaved: () => void;
  onCancel: () => void;
  reload: () => Promise<unknown>;
}

/**
 * Scoring one moment: per domain a choice of five levels, each with Schakel's own description of
 * that level for that domain, so the scale means the same to every casusregisseur.
 */
export function LifeDomainScoreForm({
  caseId,
  moment,
  scorable,
  onSaved,
  onCancel,
  reload,
}: LifeDomainScoreFormProps) {
  const t = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useLifeDomainScoreForm({ caseId, moment, onSaved, reload });
  const { controlId, fieldId } = form.problems;
  const notYours = LIFE_DOMAINS.filter((d) => !scorable.includes(d));
  const notYoursByCategory = new Map<InformationCategory, LifeDomain[]>();
  for (const domain of notYours) {
    const category = LIFE_DOMAIN_CATEGORY[domain];
    notYoursByCategory.set(category, [...(notYoursByCategory.get(category) ?? []), domain]);
  }

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <form
      aria-labelledby={headingId}
      className="schakel-flow schakel-life-form"
      onSubmit={(event) => void form.submit(event)}
      noValidate
    >
      <Heading level={3} id={headingId} ref={headingRef} tabIndex={-1}>
        {t('lifeDomains.form.heading', { moment: momentLabel(t, moment) })}
      </Heading>
      <Paragraph>{t('lifeDomains.form.hint')}</Paragraph>
      <div id={form.problems.summaryId} tabIndex={-1} aria-live="polite">
        {(form.problems.failure || form.problems.summary.length > 0) && (
          <ErrorSummary
            title={t('lifeDomains.form.heading', { moment: momentLabel(t, moment) })}
            failure={form.problems.failure}
            problems={form.problems.summary}
            onSelect={form.problems.focus}
          />
        )}
      </div>
      {[...notYoursByCategory].map(([category, domains]) => (
        <Paragraph key={category} className="schakel-life-form__not-yours">
          {t('lifeDomains.form.notYours', {
            category: t(`category.${category}`),
            domains: domains.map((d) => t(`plan.lifeDomain.${d}`)).join(', '),
          })}
        </Paragraph>
      ))}
      <div id={fieldId('scores')} tabIndex={-1} className="schakel-life-form__domains">
        {scorable.map((domain) => (
          <Fieldset key={domain} className="schakel-life-form__domain" data-domain={domain}>
            <FieldsetLegend>{t(`plan.lifeDomain.${domain}`)}</FieldsetLegend>
            {SCORE_LEVELS.map((level) => {
              const id = controlId(`${domain}-${level}`);
              const descriptionId = `${id}-description`;
              return (
                <div key={level} className="schakel-life-form__level">
                  <RadioButton
                    id={id}
                    name={controlId(domain)}
                    value={String(level)}
                    checked={form.scores[domain] === level}
                    onChange={() => form.setScore(domain, level)}
                    aria-describedby={descriptionId}
                  />
                  <div>
                    <FormLabel htmlFor={id} type="radio">
                      {`${level} – ${t(`lifeDomains.level.${level}`)}`}
                    </FormLabel>
                    <span id={descriptionId} className="schakel-life-form__description">
                      {t(`lifeDomains.level.${domain}.${level}`)}
                    </span>
                  </div>
                </div>
              );
            })}
          </Fieldset>
        ))}
      </div>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={form.pending}>
          {t('lifeDomains.form.submit')}
        </Button>
        <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
          {t('lifeDomains.form.cancel')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
