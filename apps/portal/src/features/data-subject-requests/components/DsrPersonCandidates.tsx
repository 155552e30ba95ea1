import { Button, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../../i18n/hooks/useT';
import {
  candidateName as name,
  type RegisterDsrForm,
} from '../hooks/useRegisterDataSubjectRequestForm';
import { dutchDate } from '../utils/dsrFormat';

/** The people found by the search, each with a button to choose them, and the choice made. */
export function DsrPersonCandidates({ form }: { form: RegisterDsrForm }) {
  const t = useT();
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
                      date: dutchDate(c.dateOfBirth),
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
