import { LEGAL_BASES } from '@schakel/domain';
import { Select, SelectOption, Textbox } from '@utrecht/component-library-react';
import { useState } from 'react';
import { LabelledField } from '../../forms/components/LabelledField';
import { useT } from '../../i18n/hooks/useT';
import type { MessageKey } from '../../i18n/messages/nl';

const OTHER = '__other__';
const REGIMES = [...new Set(LEGAL_BASES.map((basis) => basis.regime))];

interface LegalBasisFieldProps {
  id: string;
  label: string;
  description?: string;
  error: string | null;
  value: string;
  onChange: (value: string) => void;
}

/**
 * The legal basis chosen from the covenant's regimes (grouped by regime), not retyped each time;
 * "Andere grondslag…" opens a text field for a basis the list does not name.
 */
export function LegalBasisField({
  id,
  label,
  description,
  error,
  value,
  onChange,
}: LegalBasisFieldProps) {
  const t = useT();
  const listed = LEGAL_BASES.some((basis) => basis.text === value);
  const [other, setOther] = useState(value !== '' && !listed);
  const otherId = `${id}-other`;
  return (
    <>
      <LabelledField id={id} label={label} description={description} error={other ? null : error}>
        {({ describedBy, invalid }) => (
          <Select
            id={id}
            invalid={invalid}
            aria-describedby={describedBy}
            value={other ? OTHER : value}
            onChange={(event) => {
              const chosen = event.target.value;
              setOther(chosen === OTHER);
              onChange(chosen === OTHER ? '' : chosen);
              if (chosen === OTHER)
                requestAnimationFrame(() => document.getElementById(otherId)?.focus());
            }}
          >
            <SelectOption value="">{t('team.legalBasis.choose')}</SelectOption>
            {REGIMES.map((regime) => (
              <optgroup key={regime} label={t(`team.legalBasis.regime.${regime}` as MessageKey)}>
                {LEGAL_BASES.filter((basis) => basis.regime === regime).map((basis) => (
                  <SelectOption key={basis.text} value={basis.text}>
                    {basis.text}
                  </SelectOption>
                ))}
              </optgroup>
            ))}
            <SelectOption value={OTHER}>{t('team.legalBasis.other')}</SelectOption>
          </Select>
        )}
      </LabelledField>
      {other && (
        <LabelledField id={otherId} label={t('team.legalBasis.otherText')} error={error}>
          {({ describedBy, invalid }) => (
            <Textbox
              id={otherId}
              invalid={invalid}
              aria-describedby={describedBy}
              value={value}
              onChange={(event) => onChange(event.target.value)}
            />
          )}
        </LabelledField>
      )}
    </>
  );
}
