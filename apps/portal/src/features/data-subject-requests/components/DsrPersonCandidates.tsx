import { Button, Paragraph } from '@utrecht/component-library-react';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import {
  candidateName as name,
  type RegisterDsrForm,
} from '../hooks/useRegisterDataSubjectRequestForm';

/** The people found by the search, each with a button to choose them, and the choice made. */
export function DsrPersonCandidates({ form }: { form: RegisterDsrForm }) {
  const { t, locale } = useI18n();
  const { candidates, chosen } = form;
  return (
    <div id={form.ids.results} tabIndex={-1} aria-live="polite" className="schakel-flow">
      {candidates !== null &&
        (candidates.length === 0 ? (
          <Paragraph>{t('dsr.register.noResults')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('dsr.register.results', { count: candidates.length })}</Paragraph>
            <ul className="schakel-dsr__candidates">
              {candidates.map((c) => (
                <li key={c.id}>
                  <span>
                    {t('dsr.register.candidate', {
                      name: name(c),
                      date: formatDate(c.dateOfBirth, locale),
                      agencies: c.agenciesHoldingData,
                    })}
                  </span>
                  <Button
                    type="button"
                    appearance="subtle-button"
                    aria-pressed={chosen?.id === c.id}
                    onClick={() => form.choose(c)}
                  >
                    {t('dsr.register.choose', { name: name(c) })}
                  </Button>
                </li>
              ))}
            </ul>
          </>
        ))}
      {chosen && (
        <Paragraph>
          <strong>
            {t('dsr.register.chosen', {
              name: name(chosen),
              agencies: chosen.agenciesHoldingData,
            })}
          </strong>
        </Paragraph>
      )}
    </div>
  );
}
