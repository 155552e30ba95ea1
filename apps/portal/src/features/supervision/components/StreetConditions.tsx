import {
  Button,
  Heading,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import type { ConditionKind } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { streetText } from '../utils/streetText';
import { ReportViolationForm } from './ReportViolationForm';
import './supervision.css';

interface StreetConditionsProps {
  conditions: readonly {
    id: string;
    kind: ConditionKind;
    subject?: string | null;
    endsOn?: string | null;
  }[];
  headingLevel: 3 | 4;
}

/** On the police card: the conditions that matter on the street, each with "report a violation". */
export function StreetConditions({ conditions, headingLevel }: StreetConditionsProps) {
  const { t, locale } = useI18n();
  const [reporting, setReporting] = useState<string | null>(null);
  if (conditions.length === 0) return null;
  const sub = (headingLevel + 1) as 4 | 5;
  return (
    <div className="schakel-flow schakel-street-conditions">
      <Heading level={headingLevel}>{t('supervision.street.heading')}</Heading>
      <UnorderedList>
        {conditions.map((condition) => {
          const text = streetText(t, locale, condition);
          return (
            <UnorderedListItem key={condition.id}>
              <strong>{text}</strong>
              {reporting === condition.id ? (
                <ReportViolationForm
                  target={{ conditionId: condition.id }}
                  about={text}
                  headingLevel={sub}
                />
              ) : (
                <div>
                  <Button
                    appearance="secondary-action-button"
                    aria-label={`${t('supervision.report')}: ${text}`}
                    onClick={() => setReporting(condition.id)}
                  >
                    {t('supervision.report')}
                  </Button>
                </div>
              )}
            </UnorderedListItem>
          );
        })}
      </UnorderedList>
    </div>
  );
}
