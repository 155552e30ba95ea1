import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, ButtonGroup, Heading, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import type { AddressProposalFieldsFragment } from '../../../gql/graphql';
import { errorCodeOf } from '../../api-client/utils/errorCode';
import { useI18n } from '../../i18n/hooks/useI18n';
import { useErrorMessage } from '../../i18n/hooks/useErrorMessage';
import { formatShortDateTime } from '../../i18n/utils/formatDate';
import {
  ADDRESS_PROPOSALS_QUERY,
  DECIDE_ADDRESS_PROPOSAL_MUTATION,
} from '../graphql/addressProposalDocuments';

type Address = AddressProposalFieldsFragment['proposed'];

function addressLine(a: Address): string {
  return [
    [a.street, a.houseNumber].filter(Boolean).join(' '),
    [a.postcode, a.city].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
}

interface AddressProposalsProps {
  caseId: string;
}

/**
 * The address a referrer entered for a person the referral was linked to: the procesregisseur
 * takes it over or keeps the known one. Shows nothing when there is no proposal.
 */
export function AddressProposals({ caseId }: AddressProposalsProps) {
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const headingId = useId();
  const { data } = useQuery(ADDRESS_PROPOSALS_QUERY, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const [decide, deciding] = useMutation(DECIDE_ADDRESS_PROPOSAL_MUTATION);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const proposals: readonly AddressProposalFieldsFragment[] = data?.referralAddressProposals ?? [];
  if (proposals.length === 0) return null;

  async function handle(proposalId: string, decision: 'ACCEPT' | 'REJECT') {
    setStatus(null);
    setFailure(null);
    try {
      await decide({
        variables: { input: { caseId, proposalId, decision } },
        refetchQueries: ['Case'],
      });
      setStatus(t(decision === 'ACCEPT' ? 'addressProposal.accepted' : 'addressProposal.rejected'));
    } catch (caught) {
      const code = errorCodeOf(caught);
      setFailure(code === 'EDIT_CONFLICT' ? t('addressProposal.conflict') : errorMessage(code));
    }
  }

  return (
    <section aria-labelledby={headingId} className="schakel-flow schakel-address-proposals">
      <Heading level={3} id={headingId}>
        {t('addressProposal.heading')}
      </Heading>
      <div role="status">{status && <Paragraph>{status}</Paragraph>}</div>
      {failure && (
        <Alert type="error">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {proposals.map((p) => (
        <div key={p.id} className="schakel-flow">
          <Paragraph>
            {t(p.status === 'PENDING' ? 'addressProposal.intro' : 'addressProposal.introDecided', {
              agency: p.proposedByAgency,
              date: formatShortDateTime(String(p.proposedAt), locale),
            })}
          </Paragraph>
          <dl className="schakel-address-proposal">
            <div>
              <dt>
                {t(p.status === 'PENDING' ? 'addressProposal.current' : 'addressProposal.previous')}
              </dt>
              <dd>{addressLine(p.current) || t('addressProposal.none')}</dd>
            </div>
            <div>
              <dt>{t('addressProposal.proposed')}</dt>
              <dd>{addressLine(p.proposed)}</dd>
            </div>
          </dl>
          {p.status === 'PENDING' ? (
            <ButtonGroup>
              <Button
                type="button"
                appearance="primary-action-button"
                busy={deciding.loading}
                disabled={deciding.loading}
                onClick={() => void handle(p.id, 'ACCEPT')}
              >
                {t('addressProposal.accept')}
              </Button>
              <Button
                type="button"
                appearance="secondary-action-button"
                busy={deciding.loading}
                disabled={deciding.loading}
                onClick={() => void handle(p.id, 'REJECT')}
              >
                {t('addressProposal.reject')}
              </Button>
            </ButtonGroup>
          ) : (
            <Paragraph>
              {t(
                p.status === 'ACCEPTED'
                  ? 'addressProposal.status.ACCEPTED'
                  : 'addressProposal.status.REJECTED',
                {
                  name: p.decidedByName ?? t('addressProposal.someone'),
                  date: p.decidedAt ? formatShortDateTime(String(p.decidedAt), locale) : '',
                },
              )}
            </Paragraph>
          )}
        </div>
      ))}
    </section>
  );
}
