import { useQuery } from '@apollo/client/react';
import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router-dom';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useMe } from '../../auth/hooks/useMe';
import { canEditCovenant } from '../../auth/utils/permissions';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { systemText } from '../../i18n/utils/systemText';
import { RouterLink } from '../../shell/components/RouterLink';
import { COVENANT_QUERY } from '../graphql/covenantQuery';
import { matrixOf, overridesOf } from '../utils/covenantMatrix';
import { covenantVersionParam } from '../utils/covenantVersionParam';
import { CovenantEditor } from './CovenantEditor';
import { CovenantHistory } from './CovenantHistory';
import { CovenantMatrix } from './CovenantMatrix';
import { CovenantOverrides } from './CovenantOverrides';
import { CovenantProposals } from './CovenantProposals';
import './covenant.css';

/**
 * The covenant as a matrix, its history, proposed changes, and (for the functional
 * administrator) proposing a change, which a privacy officer approves or rejects (four eyes).
 */
export function CovenantOverview() {
  const { locale, t } = useI18n();
  const errorMessage = useErrorMessage();
  const me = useMe();
  const [searchParams] = useSearchParams();
  const requested = covenantVersionParam(searchParams.get('versie'));
  const { data, loading, error, refetch } = useQuery(COVENANT_QUERY, {
    variables: requested === null ? {} : { version: requested },
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState(false);
  const [proposed, setProposed] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const entries = data?.covenant?.entries;
  // Stable between renders, so the editor and the memoised matrix only redo work on new data.
  const matrix = useMemo(() => matrixOf(entries ?? []), [entries]);
  const overrides = useMemo(() => overridesOf(entries ?? []), [entries]);

  if (!data) {
    return error ? (
      <Alert type="error">
        <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
      </Alert>
    ) : (
      <Paragraph role="status">{loading ? t('covenant.loading') : ''}</Paragraph>
    );
  }

  const { covenant, covenantVersions } = data;
  const isCurrent = covenant?.current ?? true;
  const mayEdit = canEditCovenant(me.roles) && isCurrent;

  function stopEditing(done: boolean) {
    flushSync(() => {
      setEditing(false);
      setProposed(done);
    });
    editButton.current?.focus();
  }

  return (
    <div className="schakel-flow">
      {covenant ? (
        <div className="schakel-covenant-meta">
          <Paragraph>
            {t('covenant.versionMeta', {
              version: covenant.version,
              date: formatDate(covenant.createdAt, locale),
              author: covenant.createdBy ?? t('covenant.seededAuthor'),
            })}
          </Paragraph>
          <Paragraph>{t('covenant.note', { note: systemText(covenant.note, t) })}</Paragraph>
        </div>
      ) : (
        <Paragraph>{t('covenant.none')}</Paragraph>
      )}

      {covenant && !isCurrent && (
        <Alert type="info">
          <Paragraph>{t('covenant.olderVersion', { version: covenant.version })}</Paragraph>
          <Paragraph>
            <RouterLink to="/convenant">{t('covenant.toCurrent')}</RouterLink>
          </Paragraph>
        </Alert>
      )}

      {/* Always present, so the confirmation is announced when it appears. */}
      <div role="status">
        {proposed && (
          <Alert type="ok" role="none">
            <Paragraph>{t('covenant.edit.saved')}</Paragraph>
          </Alert>
        )}
      </div>

      {editing ? (
        <CovenantEditor
          // A new edit whenever the version underneath changes (after "load the latest").
          key={covenant?.version ?? 0}
          baseVersion={covenant?.version ?? 0}
          baseline={matrix}
          overrides={overrides}
          ceiling={data.covenantLegalCeiling}
          onProposed={() => stopEditing(true)}
          onCancel={() => stopEditing(false)}
          onReload={() => void refetch()}
        />
      ) : (
        <>
          {mayEdit && (
            <div>
              <Button
                ref={editButton}
                type="button"
                appearance="primary-action-button"
                onClick={() => {
                  setProposed(false);
                  setEditing(true);
                }}
              >
                {t('covenant.edit.start')}
              </Button>
            </div>
          )}
          {covenant && (
            <>
              <Paragraph>{t('covenant.legend')}</Paragraph>
              <CovenantMatrix
                matrix={matrix}
                caption={t('covenant.matrix.caption', { version: covenant.version })}
              />
            </>
          )}
        </>
      )}
      <CovenantProposals />
      <CovenantOverrides overrides={overrides} />
      <CovenantHistory versions={covenantVersions} shown={covenant?.version ?? null} />
    </div>
  );
}
