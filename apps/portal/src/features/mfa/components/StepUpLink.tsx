import { useApolloClient } from '@apollo/client/react';
import { Link } from '@utrecht/component-library-react';
import type { MouseEvent, ReactNode } from 'react';
import { useSession } from '../../auth/hooks/useSession';
import { STEP_UP_NEEDED } from '../graphql/mfaDocuments';

interface StepUpLinkProps {
  href: string;
  children: ReactNode;
  /** How the browser fetches the file once allowed (tests watch it). */
  start?: (href: string) => void;
}

const startDownload = (href: string) => window.location.assign(href);

/**
 * A download the API gives only to a session with a fresh second factor (exports: the minutes
 * PDF, the calendar file, a data subject's export). A plain link would open the API's refusal;
 * this one asks for the factor first, the way the API decides (ADR 0017: a fresh mark on this
 * session, needed where MFA is required or the account has a factor), then downloads. With
 * JavaScript off or a modified click it stays an ordinary link.
 */
export function StepUpLink({ href, children, start = startDownload }: StepUpLinkProps) {
  const client = useApolloClient();
  const { stepUp } = useSession();

  async function download() {
    let needed = false;
    try {
      const { data } = await client.query({ query: STEP_UP_NEEDED, fetchPolicy: 'network-only' });
      const factors = data?.mySecondFactors;
      needed =
        factors !== undefined &&
        !factors.stepUpFresh &&
        (factors.required || factors.totp || factors.passkeys.length > 0);
    } catch {
      // The API decides in the end: without an answer, try the download as it is.
    }
    if (needed && !(await stepUp())) return;
    start(href);
  }

  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    void download();
  }

  return (
    <Link href={href} download onClick={onClick}>
      {children}
    </Link>
  );
}
