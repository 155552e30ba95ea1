import { Button, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import type { ReferralFormState } from '../hooks/useReferralForm';

interface ReferralLookupResultsProps {
  form: ReferralFormState;
  results: NonNullable<ReferralFormState['results']>;
}

/** The persons found, each to pick, and the way to a new person. */
export function ReferralLookupResults({ form, results }: ReferralLookupResultsProps) {
  const t = useT();
  return (
    <>
      <Paragraph>
        {results.length > 0
          ? t('referral.results', { count: results.length })
          : t('referral.noResults')}
      </Paragraph>
      {results.length > 0 && (
        <ul className="schakel-referral__results">
          {results.map(({ person, caseIds }) => {
            const name = `${person.givenNames.value ?? ''} ${person.familyName.value ?? ''}`.trim();
            return (
              <li key={person.id}>
                <Paragraph>
                  {name} —{' '}
                  {t('referral.personCases', {
                    date: person.dateOfBirth.value ?? '',
                    count: caseIds.length,
                  })}
                </Paragraph>
                <Button
                  appearance="secondary-action-button"
                  onClick={() => form.choose({ kind: 'existing', id: person.id, name })}
                >
                  {t('referral.pick', { name })}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div>
        <Button appearance="secondary-action-button" onClick={() => form.choose({ kind: 'new' })}>
          {t('referral.newPerson')}
        </Button>
      </div>
    </>
  );
}
