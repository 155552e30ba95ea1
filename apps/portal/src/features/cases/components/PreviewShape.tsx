import { StatusBadge } from '@utrecht/component-library-react';
import type { CaseAsAgencyQuery } from '../../../gql/graphql';
import { useT } from '../../i18n/hooks/useT';
import './cases.css';

/** What every marked part of a preview carries: a field, a category, an item. */
export type PreviewMarked = Pick<
  CaseAsAgencyQuery['caseAsAgency']['categories'][number],
  'targetAccess' | 'targetBasis' | 'withheldBecause' | 'access'
>;

interface PreviewShapeProps {
  marked: PreviewMarked;
  agency: string;
}

/** What the previewed agency would get of a value, and why: "afgeschermd voor X: …". */
export function PreviewShape({ marked, agency }: PreviewShapeProps) {
  const t = useT();
  if (marked.targetAccess === 'WITHHELD') {
    return (
      <span className="schakel-withheld">
        <StatusBadge status="neutral" className="schakel-withheld__badge">
          {t('viewAs.target.WITHHELD', { agency })}
        </StatusBadge>
        {marked.withheldBecause && (
          <>
            <span className="schakel-visually-hidden">: </span>
            <span className="schakel-withheld__reason">
              {t(`viewAs.withheldBecause.${marked.withheldBecause}`)}
            </span>
          </>
        )}
      </span>
    );
  }
  const label = t(
    marked.targetAccess === 'SUMMARY' ? 'viewAs.target.SUMMARY' : 'viewAs.target.FULL',
    { agency },
  );
  return (
    <span className="schakel-preview-shape">
      {label}
      {marked.targetBasis &&
        `, ${t('viewAs.basis', { basis: t(`accessBasis.${marked.targetBasis}`) })}`}
    </span>
  );
}
