import { LIFE_DOMAINS, type LifeDomain } from '@schakel/domain';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { cellOf, momentKey, type ScoredMoment } from '../utils/lifeDomainScores';
import { momentLabel } from '../utils/momentLabel';

export interface PlanGoal {
  id: string;
  lifeDomain: LifeDomain;
  description: string;
}

interface LifeDomainScoreTableProps {
  moments: readonly ScoredMoment[];
  /** The goals of the plan in force, shown next to their domain. */
  goals: readonly PlanGoal[];
}

/** Every domain with its score per moment and the plan's goals: the chart's data, as a table. */
export function LifeDomainScoreTable({ moments, goals }: LifeDomainScoreTableProps) {
  const t = useT();
  const captionId = useId();
  const goalsOf = (domain: LifeDomain) => goals.filter((g) => g.lifeDomain === domain);
  return (
    <TableContainer overflowInline role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="schakel-life-table">
        <TableCaption id={captionId}>{t('lifeDomains.table.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('lifeDomains.table.domain')}</TableHeaderCell>
            {moments.map((moment) => (
              <TableHeaderCell scope="col" key={momentKey(moment)}>
                {momentLabel(t, moment)}
              </TableHeaderCell>
            ))}
            <TableHeaderCell scope="col">{t('lifeDomains.table.goals')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {LIFE_DOMAINS.map((domain) => {
            const domainGoals = goalsOf(domain);
            return (
              <TableRow key={domain} data-domain={domain}>
                <TableHeaderCell scope="row">{t(`plan.lifeDomain.${domain}`)}</TableHeaderCell>
                {moments.map((moment) => {
                  const cell = cellOf(moment, domain);
                  return (
                    <TableCell key={momentKey(moment)}>
                      {cell.kind === 'SCORE' &&
                        t('lifeDomains.table.cell', {
                          score: cell.score,
                          level: t(`lifeDomains.level.${cell.score as 1 | 2 | 3 | 4 | 5}`),
                        })}
                      {cell.kind === 'NOT_SCORED' && (
                        <span className="schakel-life-table__empty">
                          {t('lifeDomains.table.notScored')}
                        </span>
                      )}
                      {cell.kind === 'WITHHELD' && (
                        <span
                          className="schakel-life-table__withheld"
                          title={t('lifeDomains.table.withheldHint', {
                            category: t(`category.${cell.category}`),
                          })}
                        >
                          {t('lifeDomains.table.withheld')}
                          <span className="schakel-visually-hidden">
                            {' '}
                            {t('lifeDomains.table.withheldHint', {
                              category: t(`category.${cell.category}`),
                            })}
                          </span>
                        </span>
                      )}
                    </TableCell>
                  );
                })}
                <TableCell>
                  {domainGoals.length === 0 ? (
                    <span className="schakel-life-table__empty">
                      {t('lifeDomains.table.noGoals')}
                    </span>
                  ) : (
                    <ul className="schakel-life-table__goals">
                      {domainGoals.map((goal) => (
                        <li key={goal.id}>{goal.description}</li>
                      ))}
                    </ul>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
