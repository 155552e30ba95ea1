import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading,
  Paragraph,
  StatusBadge,
  Textarea,
} from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import type { CovenantProposalFieldsFragment } from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useMe } from '../../auth/hooks/useMe';
import { LabelledField } from '../../forms/components/LabelledField';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { useI18n } from '../../i18n/hooks/useI18n';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import { COVENANT_PROPOSALS_QUERY } from '../graphql/covenantProposalsQuery';
import {
  useDecideCovenantProposal,
  type CovenantDecision,
} from '../hooks/useDecideCovenantProposal';
import { isSensitive } from '../utils/covenantCeiling';
import { levelOf } from '../utils/covenantLevel';
import { NOTE_MAX, NOTE_MIN } from '../utils/covenantNote';
import './covenant.css';

type Proposal = CovenantProposalFieldsFragment;

/**
 * Proposed covenant changes: pending ones first, each with what it changes (before → after). A
 * privacy officer who did not propose it approves or rejects it, with a reason (four eyes).
 */
export function CovenantProposals() {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const me = useMe();
  const { data, error } = useQuery(COVENANT_PROPOSALS_QUERY, { fetchPolicy: 'cache-and-network' });
  const proposals = data?.covenantProposals;
  // Up here: the decided proposal's form is gone once the list is reloaded.
  const [done, setDone] = useState<string | null>(null);
  const decider = me.roles.includes('PRIVACY_OFFICER');

  return (
    <section aria-labelledby={headingId} className="schakel-flow">
      <Heading level={2} id={headingId}>
        {t('covenant.proposals.heading')}
      </Heading>
      <Paragraph>{t('covenant.proposals.intro')}</Paragraph>
      {/* Always present, so the outcome of a decision is announced when it appears. */}
      <div role="status">
        {done && (
          <Alert type="ok" role="none">
            <Paragraph>{done}</Paragraph>
          </Alert>
        )}
      </div>
      {!proposals ? (
        error ? (
          <Alert type="error">
            <Paragraph>{errorMessage(errorCodeOf(error))}</Paragraph>
          </Alert>
        ) : (
          <Paragraph role="status">{t('covenant.proposals.loading')}</Paragraph>
        )
      ) : proposals.length === 0 ? (
        <Paragraph>{t('covenant.proposals.none')}</Paragraph>
      ) : (
        <ol className="schakel-covenant-proposals">
          {proposals.map((proposal) => (
            <li key={proposal.id} className="schakel-covenant-proposals__item">
              <ProposalCard proposal={proposal} decider={decider} onDecided={setDone} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

interface ProposalCardProps {
  proposal: Proposal;
  /** The caller is a privacy officer (who may decide on proposals of others). */
  decider: boolean;
  onDecided: (announcement: string) => void;
}

function ProposalCard({ proposal, decider, onDecided }: ProposalCardProps) {
  const { locale, t } = useI18n();
  const headingId = useId();
  const sensitive = [
    ...new Set(
      proposal.changes.map((change) => change.category).filter((category) => isSensitive(category)),
    ),
  ];
  const party = (change: Proposal['changes'][number]) =>
    change.agencyType ? t(`agencyType.${change.agencyType}`) : (change.agency?.name ?? '');
  const decided = proposal.decidedBy ?? '';
  const decidedAt = proposal.decidedAt ? formatShortDateTime(proposal.decidedAt, locale) : '';

  return (
    <article aria-labelledby={headingId} className="schakel-flow">
      <Heading level={3} id={headingId}>
        {t('covenant.proposals.title', { version: proposal.baseVersion + 1 })}{' '}
        <StatusBadge status={proposal.status === 'PENDING' ? 'warning' : 'neutral'}>
          {t(`covenant.proposals.status.${proposal.status}`)}
        </StatusBadge>
      </Heading>
      <Paragraph small>
        {t('covenant.proposals.meta', {
          author: proposal.proposedBy ?? '',
          date: formatShortDateTime(proposal.proposedAt, locale),
          version: proposal.baseVersion,
        })}
      </Paragraph>
      <Paragraph small>{t('covenant.proposals.note', { note: proposal.note })}</Paragraph>
      {sensitive.length > 0 && (
        <Paragraph small className="schakel-covenant-proposals__sensitive">
          {t('covenant.proposals.sensitive', {
            categories: sensitive.map((category) => t(`category.${category}`)).join(', '),
          })}
        </Paragraph>
      )}
      <Heading level={4}>{t('covenant.proposals.changes')}</Heading>
      <ul>
        {proposal.changes.map((change) => (
          <li key={`${change.agencyType ?? change.agency?.id}-${change.category}`}>
            {t('covenant.proposals.change', {
              party: party(change),
              category: t(`category.${change.category}`),
              before: t(`covenant.level.${levelOf(change.before ?? undefined)}`),
              after: t(`covenant.level.${levelOf(change.after ?? undefined)}`),
            })}
          </li>
        ))}
      </ul>
      {proposal.status === 'APPROVED' && (
        <Paragraph small>
          {t('covenant.proposals.approvedMeta', {
            author: decided,
            date: decidedAt,
            version: proposal.resultingVersion ?? '',
          })}
        </Paragraph>
      )}
      {proposal.status === 'REJECTED' && (
        <Paragraph small>
          {t('covenant.proposals.rejectedMeta', { author: decided, date: decidedAt })}
        </Paragraph>
      )}
      {proposal.decisionReason && (
        <Paragraph small>
          {t('covenant.proposals.reason', { reason: proposal.decisionReason })}
        </Paragraph>
      )}
      {proposal.status === 'PENDING' &&
        (proposal.canDecide ? (
          <DecisionForm proposal={proposal} onDecided={onDecided} />
        ) : (
          <Paragraph small>
            {decider ? t('covenant.proposals.ownProposal') : t('covenant.proposals.waiting')}
          </Paragraph>
        ))}
    </article>
  );
}

type Problem = 'REQUIRED' | 'LENGTH' | null;

function DecisionForm({
  proposal,
  onDecided,
}: {
  proposal: Proposal;
  onDecided: (announcement: string) => void;
}) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const { decide, loading } = useDecideCovenantProposal();
  const id = useId();
  const reasonId = `${id}-reason`;
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<Problem>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function submit(decision: CovenantDecision) {
    if (loading) return;
    const text = reason.trim();
    const length = [...text].length;
    const next: Problem =
      decision === 'REJECT' && length === 0
        ? 'REQUIRED'
        : length > 0 && (length < NOTE_MIN || length > NOTE_MAX)
          ? 'LENGTH'
          : null;
    setProblem(next);
    setFailure(null);
    if (next) {
      reasonRef.current?.focus();
      return;
    }
    const result = await decide(decision, proposal.id, text === '' ? null : text);
    if (result.ok) {
      onDecided(
        decision === 'APPROVE'
          ? t('covenant.proposals.approvedDone', { version: result.resultingVersion ?? '' })
          : t('covenant.proposals.rejectedDone'),
      );
    } else if (result.code === 'BAD_USER_INPUT' && result.field === 'reason') {
      setProblem('LENGTH');
      reasonRef.current?.focus();
    } else {
      setFailure(
        result.code === 'CONFLICT' ? t('covenant.proposals.conflict') : errorMessage(result.code),
      );
    }
  }

  const reasonError =
    problem === 'REQUIRED'
      ? t('covenant.proposals.reasonRequired')
      : problem === 'LENGTH'
        ? t('covenant.proposals.reasonLength', { min: NOTE_MIN, max: NOTE_MAX })
        : null;

  return (
    <form
      noValidate
      className="schakel-flow"
      onSubmit={(event) => {
        event.preventDefault();
        void submit('APPROVE');
      }}
    >
      <LabelledField
        id={reasonId}
        label={t('covenant.proposals.reasonLabel')}
        description={t('covenant.proposals.reasonHint', { min: NOTE_MIN, max: NOTE_MAX })}
        error={reasonError}
      >
        {({ describedBy, invalid }) => (
          <Textarea
            ref={reasonRef}
            id={reasonId}
            name="reason"
            rows={2}
            invalid={invalid}
            aria-describedby={describedBy}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </LabelledField>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={loading}>
          {t('covenant.proposals.approve')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          busy={loading}
          onClick={() => void submit('REJECT')}
        >
          {t('covenant.proposals.reject')}
        </Button>
      </ButtonGroup>
      {failure && (
        <Alert type="error">
          <Paragraph>{t('covenant.proposals.notDecided')}</Paragraph>
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
    </form>
  );
}
