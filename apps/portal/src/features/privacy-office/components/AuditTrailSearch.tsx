import { useApolloClient, useQuery } from '@apollo/client/react';
import {
  Button,
  ButtonGroup,
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormLabel,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textbox,
} from '@utrecht/component-library-react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useSearchParams } from 'react-router-dom';
import type { AuditAction, AuditResult } from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import type { MessageKey } from '../../i18n/messages/nl';
import { formatDate } from '../../i18n/utils/formatDate';
import {
  AUDIT_EVENTS_QUERY,
  AUDIT_PERSON_LOOKUP_QUERY,
  PRIVACY_OFFICE_AGENCIES_QUERY,
} from '../graphql/privacyOfficeDocuments';
import {
  AUDIT_ACTIONS,
  AUDIT_RESULTS,
  checkFilter,
  EMPTY_FILTER,
  filterFromParams,
  paramsFromFilter,
  toApiFilter,
  type AuditFilterField,
  type AuditFilterValues,
} from '../utils/auditFilter';
import { AuditEventCard } from './AuditEventCard';

export const PAGE_SIZE = 25;

type Problem =
  'BSN' | 'NO_PERSON' | 'USER' | 'CASE_REFERENCE' | 'DATE' | 'TO_BEFORE_FROM' | 'INVALID';
type Problems = Partial<Record<AuditFilterField, Problem>>;

const LABELS: Record<AuditFilterField, MessageKey> = {
  bsn: 'privacyOffice.filter.bsn',
  user: 'privacyOffice.filter.user',
  caseReference: 'privacyOffice.filter.caseReference',
  from: 'privacyOffice.filter.from',
  to: 'privacyOffice.filter.to',
};
const TEXT_FIELDS: readonly AuditFilterField[] = ['bsn', 'user', 'caseReference', 'from', 'to'];
const HINTS: Partial<Record<AuditFilterField, MessageKey>> = {
  bsn: 'privacyOffice.filter.bsnHint',
  user: 'privacyOffice.filter.userHint',
  caseReference: 'privacyOffice.filter.caseReferenceHint',
  from: 'privacyOffice.filter.periodHint',
  to: 'privacyOffice.filter.periodHint',
};

interface FoundPerson {
  id: string;
  displayName: string;
  dateOfBirth: string;
}

/** The trail search: filters in the address bar (never the BSN), results as cards, "Meer laden". */
export function AuditTrailSearch() {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const id = useId();
  const fieldId = (field: string) => `${id}-${field}`;
  const [params, setParams] = useSearchParams();
  // The applied filter is state; the address bar mirrors it (bookmarks, links, back).
  const [applied, setApplied] = useState(() => filterFromParams(params));
  const [values, setValues] = useState<AuditFilterValues>(applied);
  const [person, setPerson] = useState<FoundPerson | null>(null);
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const [looking, setLooking] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<string | null>(null);

  // Back, forward or a link to this page with other filters: follow the address. (Not derived
  // from the address directly: a router transition would then flip the query back and forth.)
  const paramsKey = params.toString();
  const [syncedKey, setSyncedKey] = useState(paramsKey);
  if (syncedKey !== paramsKey) {
    setSyncedKey(paramsKey);
    if (paramsKey !== paramsFromFilter(applied).toString()) {
      const next = filterFromParams(new URLSearchParams(paramsKey));
      setApplied(next);
      setValues({ ...next, bsn: '' });
    }
  }

  const agencies = useQuery(PRIVACY_OFFICE_AGENCIES_QUERY);
  const variables = useMemo(() => ({ filter: toApiFilter(applied), first: PAGE_SIZE }), [applied]);
  const results = useQuery(AUDIT_EVENTS_QUERY, {
    variables,
    // Every search is itself recorded; never answer it from a stale cache.
    fetchPolicy: 'network-only',
  });
  const page = results.data?.auditEvents;

  function show(found: Problems, message: string | null = null) {
    flushSync(() => {
      setProblems(found);
      setFailure(message);
      setAttempts((count) => count + 1);
    });
    document.getElementById(`${id}-summary`)?.focus();
  }

  function apply(next: AuditFilterValues) {
    flushSync(() => {
      setProblems({});
      setFailure(null);
      setApplied(next);
      setValues({ ...next, bsn: '' });
    });
    setParams(paramsFromFilter(next));
    document.getElementById(`${id}-results`)?.focus();
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (looking) return;
    const found = checkFilter(values);
    if (Object.keys(found).length > 0) return show(found);
    let next = values;
    if (values.bsn.trim()) {
      setLooking(true);
      try {
        const { data } = await client.query({
          query: AUDIT_PERSON_LOOKUP_QUERY,
          variables: { bsn: values.bsn.trim() },
          // A person's identity is not kept in the cache after the lookup.
          fetchPolicy: 'no-cache',
        });
        const match = data?.auditPersonLookup[0];
        if (!match) return show({ bsn: 'NO_PERSON' });
        setPerson(match);
        next = { ...values, bsn: '', personId: match.id };
        setValues(next);
      } catch (error) {
        const code = errorCodeOf(error);
        if (code === 'BAD_USER_INPUT') return show({ bsn: 'BSN' });
        return show({}, errorMessage(code));
      } finally {
        setLooking(false);
      }
    }
    apply(next);
  }

  // Refusals of the applied filter (e.g. an edited address) are shown next to the field.
  const apiField = results.error ? errorFieldOf(results.error) : null;
  const apiProblem =
    apiField && (TEXT_FIELDS as readonly string[]).includes(apiField)
      ? ({ [apiField]: 'INVALID' } as Problems)
      : {};
  const shown: Problems = { ...apiProblem, ...problems };
  const messageFor = (field: AuditFilterField) => {
    const problem = shown[field];
    return problem ? t(`privacyOffice.filter.problem.${problem}`) : null;
  };
  const invalid = TEXT_FIELDS.flatMap((field) => {
    const message = messageFor(field);
    return message ? [{ fieldId: fieldId(field), message }] : [];
  });

  // Keyboard users continue at the first new event instead of the top of the list.
  const focusIndex = useRef<number | null>(null);
  const items = page?.items;
  useEffect(() => {
    const index = focusIndex.current;
    const target = index === null ? undefined : items?.[index];
    if (!target) return;
    focusIndex.current = null;
    document.getElementById(`${id}-event-${target.id}`)?.focus();
  }, [items, id]);

  async function loadMore() {
    if (!page?.endCursor || loadingMore) return;
    focusIndex.current = page.items.length;
    setLoadingMore(true);
    setMoreError(null);
    try {
      await results.fetchMore({
        variables: { after: page.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          auditEvents: {
            ...fetchMoreResult.auditEvents,
            items: [...(previous.auditEvents?.items ?? []), ...fetchMoreResult.auditEvents.items],
          },
        }),
      });
    } catch (error) {
      // The results shown stay; the officer sees why no more came and can try again.
      focusIndex.current = null;
      setMoreError(errorMessage(errorCodeOf(error)));
    } finally {
      setLoadingMore(false);
    }
  }

  const selectPerson = (personId: string) => {
    setPerson(null);
    apply({ ...applied, personId });
  };
  const personLabel = applied.personId
    ? person && person.id === applied.personId
      ? t('privacyOffice.filter.personBorn', {
          name: person.displayName,
          date: formatDate(person.dateOfBirth, locale),
        })
      : t('privacyOffice.filter.personId', { id: applied.personId })
    : null;

  const toggleAction = (action: AuditAction, on: boolean) =>
    setValues((previous) => ({
      ...previous,
      actions: on
        ? AUDIT_ACTIONS.filter((a) => a === action || previous.actions.includes(a))
        : previous.actions.filter((a) => a !== action),
    }));

  return (
    <div className="schakel-flow">
      <form noValidate className="schakel-flow" onSubmit={(event) => void handleSubmit(event)}>
        <Heading level={2}>{t('privacyOffice.filter.heading')}</Heading>
        {(invalid.length > 0 || failure) && (
          <div id={`${id}-summary`} tabIndex={-1}>
            <ErrorSummary
              key={attempts}
              title={t('privacyOffice.filter.notSearched')}
              failure={failure}
              problems={invalid}
              onSelect={(target) => document.getElementById(target)?.focus()}
            />
          </div>
        )}
        {personLabel && (
          <div className="schakel-privacy-person">
            <Paragraph>{t('privacyOffice.filter.person', { name: personLabel })}</Paragraph>
            <Button
              appearance="secondary-action-button"
              onClick={() => {
                setPerson(null);
                apply({ ...applied, personId: '' });
              }}
            >
              {t('privacyOffice.filter.clearPerson')}
            </Button>
          </div>
        )}
        <div className="schakel-privacy-filters">
          {TEXT_FIELDS.map((field) => {
            const hint = HINTS[field];
            return (
              <LabelledField
                key={field}
                id={fieldId(field)}
                label={t(LABELS[field])}
                description={hint ? t(hint) : undefined}
                error={messageFor(field)}
              >
                {({ describedBy, invalid: isInvalid }) => (
                  <Textbox
                    id={fieldId(field)}
                    name={field}
                    type={field === 'from' || field === 'to' ? 'date' : 'text'}
                    inputMode={field === 'bsn' ? 'numeric' : undefined}
                    autoComplete="off"
                    invalid={isInvalid}
                    aria-describedby={describedBy}
                    value={values[field]}
                    onChange={(event) =>
                      setValues((previous) => ({ ...previous, [field]: event.target.value }))
                    }
                  />
                )}
              </LabelledField>
            );
          })}
          <LabelledField id={fieldId('agency')} label={t('privacyOffice.filter.agency')}>
            {() => (
              <Select
                id={fieldId('agency')}
                value={values.agencyId}
                onChange={(event) =>
                  setValues((previous) => ({ ...previous, agencyId: event.target.value }))
                }
              >
                <SelectOption value="">{t('privacyOffice.filter.agencyAll')}</SelectOption>
                {(agencies.data?.agencies ?? []).map((agency) => (
                  <SelectOption key={agency.id} value={agency.id}>
                    {agency.name}
                  </SelectOption>
                ))}
              </Select>
            )}
          </LabelledField>
          <LabelledField id={fieldId('result')} label={t('privacyOffice.filter.result')}>
            {() => (
              <Select
                id={fieldId('result')}
                value={values.result}
                onChange={(event) =>
                  setValues((previous) => ({
                    ...previous,
                    result: event.target.value as AuditResult | '',
                  }))
                }
              >
                <SelectOption value="">{t('privacyOffice.filter.resultAll')}</SelectOption>
                {AUDIT_RESULTS.map((result) => (
                  <SelectOption key={result} value={result}>
                    {t(`privacyOffice.result.${result}`)}
                  </SelectOption>
                ))}
              </Select>
            )}
          </LabelledField>
        </div>
        <Fieldset>
          <FieldsetLegend>{t('privacyOffice.filter.actions')}</FieldsetLegend>
          <div className="schakel-privacy-choices">
            {AUDIT_ACTIONS.map((action) => (
              <div key={action} className="schakel-privacy-choice">
                <Checkbox
                  id={fieldId(`action-${action}`)}
                  checked={values.actions.includes(action)}
                  onChange={(event) => toggleAction(action, event.target.checked)}
                />
                <FormLabel htmlFor={fieldId(`action-${action}`)} type="checkbox">
                  {t(`privacyOffice.action.${action}`)}
                </FormLabel>
              </div>
            ))}
          </div>
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={looking}>
            {t('privacyOffice.filter.submit')}
          </Button>
          <Button
            appearance="secondary-action-button"
            onClick={() => {
              setPerson(null);
              setValues(EMPTY_FILTER);
              apply(EMPTY_FILTER);
            }}
          >
            {t('privacyOffice.filter.reset')}
          </Button>
        </ButtonGroup>
      </form>

      <section aria-labelledby={`${id}-results`} className="schakel-flow">
        <Heading level={2} id={`${id}-results`} tabIndex={-1}>
          {t('privacyOffice.results.heading')}
        </Heading>
        <div aria-live="polite">
          {results.loading && !page && <Paragraph>{t('privacyOffice.results.loading')}</Paragraph>}
          {results.error && !apiField && (
            <Paragraph>
              {t('privacyOffice.results.failed', {
                message: errorMessage(errorCodeOf(results.error)),
              })}
            </Paragraph>
          )}
          {page && page.items.length === 0 && (
            <Paragraph>{t('privacyOffice.results.none')}</Paragraph>
          )}
          {page && page.items.length > 0 && (
            <Paragraph>
              {t(page.hasMore ? 'privacyOffice.results.countMore' : 'privacyOffice.results.count', {
                count: page.items.length,
              })}
            </Paragraph>
          )}
        </div>
        {page && page.items.length > 0 && (
          <ol className="schakel-privacy-list">
            {page.items.map((event) => (
              <li key={event.id} id={`${id}-event-${event.id}`} tabIndex={-1}>
                <AuditEventCard event={event} onPerson={selectPerson} />
              </li>
            ))}
          </ol>
        )}
        {page?.hasMore && (
          <div>
            <div aria-live="polite">
              {moreError && (
                <Paragraph>
                  {t('privacyOffice.results.moreFailed', { message: moreError })}
                </Paragraph>
              )}
            </div>
            <Button
              appearance="secondary-action-button"
              busy={loadingMore}
              onClick={() => void loadMore()}
            >
              {t('privacyOffice.results.more')}
            </Button>
          </div>
        )}
      </section>
    </div>
  );
}
