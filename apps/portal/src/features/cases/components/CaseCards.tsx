import type { CaseListItemFieldsFragment } from '../../../gql/graphql';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import { RouterLink } from '../../shell/components/RouterLink';
import { PersonName } from './PersonName';
import './cases.css';

interface CaseCardsProps {
  cases: readonly CaseListItemFieldsFragment[];
  /** The list's query string, so the dossier page can link back to this exact list. */
  listSearch: string;
  /** Where the list came from, for screen readers ("Dossiers, pagina 1"). */
  label: string;
}

/**
 * The case list on a phone: one card per case, the case number with the person's name (or the
 * withheld marker) first, so nothing scrolls sideways.
 */
export function CaseCards({ cases, listSearch, label }: CaseCardsProps) {
  const { locale, t } = useI18n();
  return (
    <ul className="schakel-case-cards" aria-label={label}>
      {cases.map((item) => (
        <li key={item.id} className="schakel-case-card">
          <p className="schakel-case-card__title">
            <RouterLink to={`/dossiers/${item.id}`} state={{ listSearch }}>
              {item.reference}
            </RouterLink>
            <span className="schakel-case-card__person">
              <PersonName
                givenNames={item.subject.givenNames}
                familyName={item.subject.familyName}
              />
            </span>
          </p>
          <dl className="schakel-case-card__facts">
            <div>
              <dt>{t('cases.column.status')}</dt>
              <dd>
                {t(`caseStatus.${item.status}`)} · {t(`caseTheme.${item.theme}`)}
              </dd>
            </div>
            <div>
              <dt>{t('cases.column.casusregisseur')}</dt>
              <dd>
                {item.casusregisseurAgency?.name ?? (
                  <span className="schakel-not-recorded">{t('cases.noCasusregisseur')}</span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('cases.column.updatedAt')}</dt>
              <dd>
                <time dateTime={item.updatedAt}>{formatShortDateTime(item.updatedAt, locale)}</time>
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
