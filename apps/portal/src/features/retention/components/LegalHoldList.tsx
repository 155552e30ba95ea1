import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@utrecht/component-library-react';
import type { CaseStatus } from '@schakel/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import type { LegalHoldFieldsFragment } from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { ErrorSummary } from '../../forms/components/ErrorSummary';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatDate } from '../../i18n/utils/formatDate';
import { LEGAL_HOLDS_QUERY, RELEASE_LEGAL_HOLD_MUTATION } from '../graphql/retentionQueries';
import './retention.css';

interface LegalHoldListProps {
  onChanged: (message: string) => void;
}

/** The active legal holds of the region, each with a way to release it (with a reason). */
export function LegalHoldList({ onChanged }: LegalHoldListProps) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const captionId = useId();
  const { data, error } = useQuery(LEGAL_HOLDS_QUERY);
  const [releasing, setReleasing] = useState<LegalHoldFieldsFragment | null>(null);

  if (error) return <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>;
  if (!data) return <Paragraph>{t('retention.loading')}</Paragraph>;
  const holds = data.legalHolds;
  return (
    <div className="schakel-flow">
      {holds.length === 0 ? (
        <Paragraph>{t('retention.holds.none')}</Paragraph>
      ) : (
        <div
          className="schakel-retention__scroll"
          role="region"
          aria-labelledby={captionId}
          tabIndex={0}
        >
          <Table>
            <caption id={captionId}>{t('retention.holds.caption')}</caption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('retention.holds.reference')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('retention.holds.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('retention.holds.closedAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('retention.holds.reason')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('retention.holds.setAt')}</TableHeaderCell>
                <TableHeaderCell scope="col">
                  <span className="utrecht-visually-hidden">{t('retention.holds.release')}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {holds.map((hold) => (
                <TableRow key={hold.id}>
                  <TableHeaderCell scope="row">{hold.caseReference}</TableHeaderCell>
                  <TableCell>{t(`caseStatus.${hold.caseStatus as CaseStatus}`)}</TableCell>
                  <TableCell>
                    {hold.closedAt
                      ? formatDate(hold.closedAt, locale)
                      : t('retention.holds.notClosed')}
                  </TableCell>
                  <TableCell>{hold.reason}</TableCell>
                  <TableCell>
                    {formatDate(hold.setAt, locale)}
                    {hold.setByName ? `, ${hold.setByName}` : ''}
                  </TableCell>
                  <TableCell>
                    <Button
                      appearance="subtle-button"
                      aria-label={t('retention.holds.releaseLabel', {
                        reference: hold.caseReference,
                      })}
                      onClick={() => setReleasing(hold)}
                    >
                      {t('retention.holds.release')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {releasing && (
        <ReleaseForm
          key={releasing.id}
          hold={releasing}
          onDone={(message) => {
            setReleasing(null);
            if (message) onChanged(message);
          }}
        />
      )}
    </div>
  );
}

function ReleaseForm({
  hold,
  onDone,
}: {
  hold: LegalHoldFieldsFragment;
  onDone: (message: string | null) => void;
}) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const reasonId = useId();
  const summaryRef = useRef<HTMLDivElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [release, { loading }] = useMutation(RELEASE_LEGAL_HOLD_MUTATION, {
    refetchQueries: [LEGAL_HOLDS_QUERY],
  });

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (reason.trim().length < 10) {
      flushSync(() => {
        setProblem(t('retention.setHold.reasonInvalid'));
        setFailure(null);
      });
      summaryRef.current?.focus();
      return;
    }
    try {
      await release({ variables: { input: { holdId: hold.id, reason: reason.trim() } } });
      onDone(t('retention.holds.released', { reference: hold.caseReference }));
    } catch (error) {
      flushSync(() => {
        setProblem(null);
        setFailure(errorMessage(errorCodeOf(error)));
      });
      summaryRef.current?.focus();
    }
  }

  return (
    <section aria-labelledby={headingId} className="schakel-flow schakel-retention__form">
      <Heading level={3} id={headingId}>
        {t('retention.holds.releaseLabel', { reference: hold.caseReference })}
      </Heading>
      <form className="schakel-flow" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div ref={summaryRef} tabIndex={-1}>
          {(problem || failure) && (
            <ErrorSummary
              title={t('retention.holds.notReleased')}
              failure={failure}
              problems={problem ? [{ fieldId: reasonId, message: problem }] : []}
              onSelect={() => reasonRef.current?.focus()}
            />
          )}
        </div>
        <LabelledField id={reasonId} label={t('retention.holds.releaseReason')} error={problem}>
          {({ describedBy, invalid }) => (
            <Textarea
              ref={reasonRef}
              id={reasonId}
              name="releaseReason"
              rows={2}
              autoFocus
              invalid={invalid}
              aria-describedby={describedBy}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          )}
        </LabelledField>
        <div className="schakel-retention__actions">
          <Button type="submit" appearance="primary-action-button" busy={loading}>
            {t('retention.holds.releaseSubmit')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => onDone(null)}>
            {t('retention.form.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
