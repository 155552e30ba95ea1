import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { VolunteerCouplingFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';

/**
 * What a match request carries — the same for the coordinator and for probation — with its
 * status, volunteer and progress. Withheld fields say so instead of looking empty.
 */
export function CouplingSummary({
  coupling,
  headingLevel,
}: {
  coupling: VolunteerCouplingFieldsFragment;
  headingLevel: 2 | 3 | 4;
}) {
  const { t, locale } = useI18n();
  const none = t('couplings.none.value');
  const status =
    coupling.status === 'ENDED' && coupling.endReason
      ? t('couplings.ended', { reason: t(`couplings.endReason.${coupling.endReason}`) })
      : t(`couplings.status.${coupling.status}`);
  const rows: [string, string][] =
    coupling.access === 'WITHHELD'
      ? []
      : [
          [t('couplings.field.firstName'), coupling.firstName ?? none],
          [
            t('couplings.field.ageBand'),
            coupling.ageBand ? t(`couplings.ageBand.${coupling.ageBand}`) : none,
          ],
          [t('couplings.field.wijk'), coupling.wijk ?? none],
          [
            t('couplings.field.helpAsked'),
            coupling.helpAsked
              .map((kind) =>
                kind === 'OTHER' && coupling.helpOther
                  ? `${t('couplings.help.OTHER')}: ${coupling.helpOther}`
                  : t(`couplings.help.${kind}`),
              )
              .join(', '),
          ],
          [t('couplings.field.availability'), coupling.availability ?? none],
          [t('couplings.field.safetyNote'), coupling.safetyNote ?? none],
          ...(coupling.offenceSummary
            ? [[t('couplings.field.offenceSummary'), coupling.offenceSummary] as [string, string]]
            : []),
          ...(coupling.volunteerName
            ? [
                [
                  t('couplings.field.volunteer'),
                  [coupling.volunteerName, coupling.volunteerPhone].filter(Boolean).join(', '),
                ] as [string, string],
              ]
            : []),
        ];
  return (
    <article className="schakel-flow schakel-coupling">
      <Heading level={headingLevel}>
        {coupling.volunteerAgency.name} — {status}
      </Heading>
      <dl className="schakel-coupling__fields">
        <div>
          <dt>{t('couplings.field.requestedBy')}</dt>
          <dd>
            {coupling.requestedByAgency.name}, {formatDate(coupling.requestedAt, locale)}
          </dd>
        </div>
        {coupling.declineReason && (
          <div>
            <dt>{t('couplings.field.declineReason')}</dt>
            <dd>{coupling.declineReason}</dd>
          </div>
        )}
        {coupling.endText && (
          <div>
            <dt>{t('couplings.field.endText')}</dt>
            <dd>{coupling.endText}</dd>
          </div>
        )}
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {coupling.access === 'WITHHELD' ? (
        <Paragraph className="schakel-withheld__reason">{t('couplings.withheld')}</Paragraph>
      ) : (
        (coupling.status === 'COUPLED' || coupling.progress.length > 0) && (
          <>
            <Heading level={headingLevel + 1}>{t('couplings.progress.heading')}</Heading>
            {coupling.progress.length === 0 ? (
              <Paragraph>{t('couplings.progress.none')}</Paragraph>
            ) : (
              <ul className="schakel-coupling__progress">
                {coupling.progress.map((p) => (
                  <li key={p.id}>
                    <strong>{formatDate(p.notedOn, locale)}</strong>: {p.note}
                  </li>
                ))}
              </ul>
            )}
          </>
        )
      )}
    </article>
  );
}
