import {
  AGENCY_TYPES,
  INFORMATION_CATEGORIES,
  type AgencyType,
  type InformationCategory,
} from '@schakel/domain';
import {
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { memo, useId } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { COVENANT_LEVELS, type CovenantLevel } from '../utils/covenantLevel';
import { isAboveCeiling } from '../utils/covenantCeiling';
import type { CovenantMatrix as Matrix } from '../utils/covenantMatrix';
import { CovenantCell } from './CovenantCell';
import './covenant.css';

interface CovenantMatrixProps {
  matrix: Matrix;
  caption: string;
  /** Given when editing: every cell becomes a choice, and changed cells are marked. */
  edit?: {
    baseline: Matrix;
    onChange: (agencyType: AgencyType, category: InformationCategory, level: CovenantLevel) => void;
    /** The most the law allows per cell; choices above it are offered but cannot be picked. */
    ceiling: (agencyType: AgencyType, category: InformationCategory) => CovenantLevel;
  };
}

/**
 * Agency types (rows) × categories (columns); scrolls sideways inside its region when narrow.
 * Memoised: a hundred choices need not re-render for every key typed in the note next to them.
 */
export const CovenantMatrix = memo(function CovenantMatrix({
  matrix,
  caption,
  edit,
}: CovenantMatrixProps) {
  const t = useT();
  const captionId = useId();
  return (
    <div className="schakel-covenant-matrix-block">
      {/* Outside the scrolling region, so the title wraps on a phone instead of scrolling away. */}
      <p className="schakel-covenant-matrix__title" aria-hidden="true">
        {caption}
      </p>
      <TableContainer
        overflowInline
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        className="schakel-covenant-scroll"
      >
        <Table className={`schakel-covenant-matrix${edit ? ' schakel-covenant-matrix--edit' : ''}`}>
          <TableCaption id={captionId} className="schakel-visually-hidden">
            {caption}
          </TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('covenant.matrix.agencyType')}</TableHeaderCell>
              {INFORMATION_CATEGORIES.map((category) => (
                <TableHeaderCell key={category} scope="col">
                  {t(`category.${category}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {AGENCY_TYPES.map((agencyType) => (
              <TableRow key={agencyType}>
                <TableHeaderCell scope="row">{t(`agencyType.${agencyType}`)}</TableHeaderCell>
                {INFORMATION_CATEGORIES.map((category) => {
                  const level = matrix[agencyType][category];
                  if (!edit) {
                    return (
                      <TableCell key={category}>
                        <CovenantCell level={level} />
                      </TableCell>
                    );
                  }
                  const changed = edit.baseline[agencyType][category] !== level;
                  return (
                    <TableCell
                      key={category}
                      className={changed ? 'schakel-covenant-matrix__cell--changed' : undefined}
                    >
                      <Select
                        aria-label={t('covenant.cellLabel', {
                          agencyType: t(`agencyType.${agencyType}`),
                          category: t(`category.${category}`),
                        })}
                        aria-describedby={changed ? `${captionId}-changed` : undefined}
                        value={level}
                        onChange={(event) =>
                          edit.onChange(agencyType, category, event.target.value as CovenantLevel)
                        }
                      >
                        {COVENANT_LEVELS.map((option) => {
                          const unlawful = isAboveCeiling(
                            option,
                            edit.ceiling(agencyType, category),
                          );
                          return (
                            <SelectOption key={option} value={option} disabled={unlawful}>
                              {unlawful
                                ? t('covenant.ceiling.option', {
                                    choice: t(`covenant.choice.${option}`),
                                  })
                                : t(`covenant.choice.${option}`)}
                            </SelectOption>
                          );
                        })}
                      </Select>
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {edit && (
          <span id={`${captionId}-changed`} hidden>
            {t('covenant.edit.changedMark')}
          </span>
        )}
      </TableContainer>
    </div>
  );
});
