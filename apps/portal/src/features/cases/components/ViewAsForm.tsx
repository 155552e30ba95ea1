import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useMe } from '../../auth/hooks/useMe';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { AGENCIES_QUERY } from '../graphql/agenciesQuery';
import './cases.css';

interface ViewAsFormProps {
  caseId: string;
  /** The agency shown now, when already viewing as one. */
  currentAgencyId?: string;
}

/** Lets the procesregisseur open a read-only preview of the case as another agency sees it. */
export function ViewAsForm({ caseId, currentAgencyId }: ViewAsFormProps) {
  const { locale, t } = useI18n();
  const errorMessage = useErrorMessage();
  const me = useMe();
  const navigate = useNavigate();
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const [agencyId, setAgencyId] = useState(currentAgencyId ?? '');
  const [missing, setMissing] = useState(false);
  const { data, error } = useQuery(AGENCIES_QUERY);

  const collator = new Intl.Collator(locale);
  const agencies = [...(data?.agencies ?? [])]
    .filter((agency) => agency.id !== me.agency.id)
    .sort((a, b) => collator.compare(a.name, b.name));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (agencyId === '') {
      setMissing(true);
      selectRef.current?.focus();
      return;
    }
    setMissing(false);
    navigate(`/dossiers/${caseId}/bekijk-als/${agencyId}`);
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="schakel-view-as">
      <Heading level={2} id={`${id}-heading`}>
        {t('viewAs.heading')}
      </Heading>
      <Paragraph>{t('viewAs.intro')}</Paragraph>
      {error && (
        <Alert type="error">
          <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
        </Alert>
      )}
      <form className="schakel-view-as__form" noValidate onSubmit={handleSubmit}>
        <LabelledField
          id={`${id}-agency`}
          label={t('viewAs.agency')}
          error={missing ? t('viewAs.agencyRequired') : null}
        >
          {({ describedBy, invalid }) => (
            <Select
              ref={selectRef}
              id={`${id}-agency`}
              name="agency"
              required
              invalid={invalid}
              aria-describedby={describedBy}
              value={agencyId}
              onChange={(event) => setAgencyId(event.target.value)}
            >
              <SelectOption value="">{t('viewAs.chooseAgency')}</SelectOption>
              {agencies.map((agency) => (
                <SelectOption key={agency.id} value={agency.id}>
                  {agency.name}
                </SelectOption>
              ))}
            </Select>
          )}
        </LabelledField>
        <div>
          <Button type="submit" appearance="secondary-action-button">
            {t('viewAs.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
