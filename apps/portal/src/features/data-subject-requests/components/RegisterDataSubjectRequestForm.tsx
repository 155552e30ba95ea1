import { useApolloClient, useMutation } from '@apollo/client/react';
import { isValidBsn } from '@schakel/domain';
import {
  Button,
  Checkbox,
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Textarea,
  Textbox,
} from '@utrecht/component-library-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { useNavigate } from 'react-router-dom';
import type {
  DataSubjectPersonCandidatesQuery,
  DataSubjectRequestType,
} from '../../../gql/graphql';
import { errorCodeOf, errorFieldOf } from '../../api-client/utils/errorCode';
import { ErrorSummary, type ErrorSummaryProblem } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { isCalendarDate, localDate } from '../../forms/utils/localDate';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useT } from '../../i18n/hooks/useT';
import { RouterLink } from '../../shell/components/RouterLink';
import {
  DATA_SUBJECT_PERSON_CANDIDATES_QUERY,
  DATA_SUBJECT_REQUESTS_QUERY,
  REGISTER_DATA_SUBJECT_REQUEST_MUTATION,
} from '../graphql/dataSubjectRequestQueries';
import { dutchDate } from '../utils/dsrFormat';
import './dsr.css';

type Candidate = DataSubjectPersonCandidatesQuery['dataSubjectPersonCandidates'][number];
const TYPES: readonly DataSubjectRequestType[] = [
  'ACCESS',
  'RECTIFICATION',
  'ERASURE',
  'OBJECTION',
];
type Field =
  | 'bsn'
  | 'familyName'
  | 'dateOfBirth'
  | 'person'
  | 'givenNames'
  | 'receivedOn'
  | 'identityVerification';

/**
 * "Nieuw verzoek": find the person (BSN, or family name + date of birth), or register the
 * requester's own details when the region knows nobody by them; then the request itself.
 */
export function RegisterDataSubjectRequestForm() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const navigate = useNavigate();
  const ids = {
    bsn: useId(),
    familyName: useId(),
    dateOfBirth: useId(),
    person: useId(),
    givenNames: useId(),
    receivedOn: useId(),
    identityVerification: useId(),
    type: useId(),
    names: useId(),
  };
  const summaryRef = useRef<HTMLDivElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const [bsn, setBsn] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [givenNames, setGivenNames] = useState('');
  const [candidates, setCandidates] = useState<readonly Candidate[] | null>(null);
  const [chosen, setChosen] = useState<Candidate | null>(null);
  const [searching, setSearching] = useState(false);
  const [type, setType] = useState<DataSubjectRequestType>('ACCESS');
  const [receivedOn, setReceivedOn] = useState(localDate());
  const [identity, setIdentity] = useState('');
  const [includeNames, setIncludeNames] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [register, { loading }] = useMutation(REGISTER_DATA_SUBJECT_REQUEST_MUTATION, {
    refetchQueries: [DATA_SUBJECT_REQUESTS_QUERY],
  });
  const unknownPerson = candidates !== null && candidates.length === 0;

  function showErrors(next: typeof problems, nextFailure: string | null) {
    flushSync(() => {
      setProblems(next);
      setFailure(nextFailure);
    });
    summaryRef.current?.focus();
  }

  async function handleSearch() {
    const next: typeof problems = {};
    const byBsn = bsn.trim() !== '';
    if (byBsn && !isValidBsn(bsn.replace(/[\s.-]/g, ''))) next.bsn = t('dsr.register.bsnInvalid');
    if (!byBsn && !familyName.trim()) next.familyName = t('dsr.register.personRequired');
    if (!byBsn && !isCalendarDate(dateOfBirth.trim())) {
      next.dateOfBirth = t('dsr.register.dateInvalid');
    }
    if (Object.keys(next).length > 0) return showErrors(next, null);
    setSearching(true);
    try {
      const { data } = await client.query({
        query: DATA_SUBJECT_PERSON_CANDIDATES_QUERY,
        variables: {
          input: byBsn
            ? { bsn: bsn.trim() }
            : { familyName: familyName.trim(), dateOfBirth: dateOfBirth.trim() },
        },
        fetchPolicy: 'network-only',
      });
      flushSync(() => {
        setProblems({});
        setFailure(null);
        setChosen(null);
        setCandidates(data?.dataSubjectPersonCandidates ?? []);
      });
      resultsRef.current?.focus();
    } catch (error) {
      showErrors({}, `${t('dsr.register.searchFailed')}: ${errorMessage(errorCodeOf(error))}`);
    } finally {
      setSearching(false);
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const next: typeof problems = {};
    if (!chosen && !unknownPerson) next.person = t('dsr.register.personRequired');
    if (!chosen && unknownPerson) {
      if (!givenNames.trim() || !familyName.trim())
        next.givenNames = t('dsr.register.nameRequired');
      if (!isCalendarDate(dateOfBirth.trim())) next.dateOfBirth = t('dsr.register.dateInvalid');
    }
    if (!isCalendarDate(receivedOn.trim())) next.receivedOn = t('dsr.register.dateInvalid');
    else if (receivedOn.trim() > localDate()) next.receivedOn = t('dsr.register.receivedFuture');
    if (identity.trim().length < 3) {
      next.identityVerification = t('dsr.register.identityInvalid');
    }
    if (Object.keys(next).length > 0) return showErrors(next, null);
    try {
      const person = chosen
        ? { personId: chosen.id }
        : {
            givenNames: givenNames.trim(),
            familyName: familyName.trim(),
            dateOfBirth: dateOfBirth.trim(),
            bsn: bsn.trim() || null,
          };
      const result = await register({
        variables: {
          input: {
            ...person,
            type,
            receivedOn: receivedOn.trim(),
            identityVerification: identity.trim(),
            includeEmployeeNames: includeNames,
          },
        },
      });
      const id = result.data?.registerDataSubjectRequest.id;
      if (id) void navigate(`/privacy/verzoeken/${id}`);
    } catch (error) {
      const code = errorCodeOf(error);
      const field = errorFieldOf(error);
      if (code === 'BAD_USER_INPUT' && field === 'receivedOn') {
        return showErrors({ receivedOn: t('dsr.register.dateInvalid') }, null);
      }
      if (code === 'BAD_USER_INPUT' && field === 'identityVerification') {
        return showErrors({ identityVerification: t('dsr.register.identityInvalid') }, null);
      }
      showErrors({}, errorMessage(code));
    }
  }

  const order: Field[] = [
    'bsn',
    'familyName',
    'dateOfBirth',
    'person',
    'givenNames',
    'receivedOn',
    'identityVerification',
  ];
  const list: ErrorSummaryProblem[] = order.flatMap((field) =>
    problems[field] ? [{ fieldId: ids[field], message: problems[field] }] : [],
  );
  const name = (c: { givenNames: string; familyName: string }) => `${c.givenNames} ${c.familyName}`;

  return (
    <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
      <div ref={summaryRef} tabIndex={-1}>
        {(list.length > 0 || failure) && (
          <ErrorSummary
            title={t('dsr.register.notSaved')}
            failure={failure}
            problems={list}
            onSelect={(id) => document.getElementById(id)?.focus()}
          />
        )}
      </div>

      <fieldset className="schakel-flow">
        <legend>
          <Heading level={2}>{t('dsr.register.search')}</Heading>
        </legend>
        <Paragraph id={ids.person}>{t('dsr.register.searchHint')}</Paragraph>
        {problems.person && <Paragraph role="alert">{problems.person}</Paragraph>}
        <LabelledField id={ids.bsn} label={t('dsr.register.bsn')} error={problems.bsn ?? null}>
          {({ describedBy, invalid }) => (
            <Textbox
              id={ids.bsn}
              inputMode="numeric"
              autoComplete="off"
              size={12}
              invalid={invalid}
              aria-describedby={describedBy}
              value={bsn}
              onChange={(event) => setBsn(event.target.value)}
            />
          )}
        </LabelledField>
        <LabelledField
          id={ids.familyName}
          label={t('dsr.register.familyName')}
          error={problems.familyName ?? null}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              id={ids.familyName}
              autoComplete="off"
              invalid={invalid}
              aria-describedby={describedBy}
              value={familyName}
              onChange={(event) => setFamilyName(event.target.value)}
            />
          )}
        </LabelledField>
        <LabelledField
          id={ids.dateOfBirth}
          label={t('dsr.register.dateOfBirth')}
          description={t('dsr.register.dateHint')}
          error={problems.dateOfBirth ?? null}
        >
          {({ describedBy, invalid }) => (
            <Textbox
              id={ids.dateOfBirth}
              autoComplete="off"
              size={12}
              invalid={invalid}
              aria-describedby={describedBy}
              value={dateOfBirth}
              onChange={(event) => setDateOfBirth(event.target.value)}
            />
          )}
        </LabelledField>
        <div>
          <Button
            type="button"
            appearance="secondary-action-button"
            busy={searching}
            onClick={() => void handleSearch()}
          >
            {t('dsr.register.find')}
          </Button>
        </div>
        <div ref={resultsRef} tabIndex={-1} aria-live="polite" className="schakel-flow">
          {candidates !== null &&
            (candidates.length === 0 ? (
              <Paragraph>{t('dsr.register.noResults')}</Paragraph>
            ) : (
              <>
                <Paragraph>{t('dsr.register.results', { count: candidates.length })}</Paragraph>
                <ul className="schakel-dsr__candidates">
                  {candidates.map((c) => (
                    <li key={c.id}>
                      <span>
                        {t('dsr.register.candidate', {
                          name: name(c),
                          date: dutchDate(c.dateOfBirth),
                          agencies: c.agenciesHoldingData,
                        })}
                      </span>
                      <Button
                        type="button"
                        appearance="subtle-button"
                        aria-pressed={chosen?.id === c.id}
                        onClick={() => setChosen(c)}
                      >
                        {t('dsr.register.choose', { name: name(c) })}
                      </Button>
                    </li>
                  ))}
                </ul>
              </>
            ))}
          {chosen && (
            <Paragraph>
              <strong>
                {t('dsr.register.chosen', {
                  name: name(chosen),
                  agencies: chosen.agenciesHoldingData,
                })}
              </strong>
            </Paragraph>
          )}
        </div>
        {unknownPerson && (
          <LabelledField
            id={ids.givenNames}
            label={t('dsr.register.givenNames')}
            error={problems.givenNames ?? null}
          >
            {({ describedBy, invalid }) => (
              <Textbox
                id={ids.givenNames}
                autoComplete="off"
                invalid={invalid}
                aria-describedby={describedBy}
                value={givenNames}
                onChange={(event) => setGivenNames(event.target.value)}
              />
            )}
          </LabelledField>
        )}
      </fieldset>

      <LabelledField id={ids.type} label={t('dsr.register.type')}>
        {() => (
          <Select
            id={ids.type}
            value={type}
            onChange={(event) => setType(event.target.value as DataSubjectRequestType)}
          >
            {TYPES.map((value) => (
              <SelectOption key={value} value={value}>
                {t(`dsr.type.${value}`)}
              </SelectOption>
            ))}
          </Select>
        )}
      </LabelledField>
      <LabelledField
        id={ids.receivedOn}
        label={t('dsr.register.receivedOn')}
        description={t('dsr.register.dateHint')}
        error={problems.receivedOn ?? null}
      >
        {({ describedBy, invalid }) => (
          <Textbox
            id={ids.receivedOn}
            autoComplete="off"
            size={12}
            invalid={invalid}
            aria-describedby={describedBy}
            value={receivedOn}
            onChange={(event) => setReceivedOn(event.target.value)}
          />
        )}
      </LabelledField>
      <LabelledField
        id={ids.identityVerification}
        label={t('dsr.register.identity')}
        description={t('dsr.register.identityHint')}
        error={problems.identityVerification ?? null}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            id={ids.identityVerification}
            rows={2}
            invalid={invalid}
            aria-describedby={describedBy}
            value={identity}
            onChange={(event) => setIdentity(event.target.value)}
          />
        )}
      </LabelledField>
      <div>
        <Checkbox
          id={ids.names}
          aria-describedby={`${ids.names}-hint`}
          checked={includeNames}
          onChange={(event) => setIncludeNames(event.target.checked)}
        />{' '}
        <label htmlFor={ids.names}>{t('dsr.register.employeeNames')}</label>
        <Paragraph id={`${ids.names}-hint`}>{t('dsr.register.employeeNamesHint')}</Paragraph>
      </div>
      <div className="schakel-dsr__part-form">
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {t('dsr.register.submit')}
        </Button>
        <RouterLink to="/privacy/verzoeken">{t('dsr.register.cancel')}</RouterLink>
      </div>
    </form>
  );
}
