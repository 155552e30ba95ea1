import type { CaseDetailFieldsFragment } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';

interface CasusregisseurNameProps {
  caseData: Pick<CaseDetailFieldsFragment, 'casusregisseur' | 'casusregisseurAgency'>;
}

/** "Agency (professional)", the agency alone, or "not appointed yet" in words. */
export function CasusregisseurName({ caseData }: CasusregisseurNameProps) {
  const t = useT();
  const { casusregisseur, casusregisseurAgency } = caseData;
  if (casusregisseurAgency && casusregisseur) {
    return (
      <>
        {t('case.casusregisseurWithPerson', {
          agency: casusregisseurAgency.name,
          name: casusregisseur.displayName,
        })}
      </>
    );
  }
  if (casusregisseurAgency) return <>{casusregisseurAgency.name}</>;
  return <span className="schakel-not-recorded">{t('cases.noCasusregisseur')}</span>;
}
