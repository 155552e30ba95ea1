import { SkipLink } from '@utrecht/component-library-react';
import type { MouseEvent } from 'react';
import { useT } from '../../i18n/hooks/useT';
import { MAIN_CONTENT_ID } from './MainContent';

export function SkipToContent() {
  const t = useT();
  // Focus the main region ourselves: a bare fragment link does not reliably move focus in every
  // browser, and would add the fragment to the router's history.
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.getElementById(MAIN_CONTENT_ID);
    if (!main) return;
    event.preventDefault();
    main.focus();
    main.scrollIntoView();
  };
  return (
    <div className="schakel-skip-link">
      <SkipLink href={`#${MAIN_CONTENT_ID}`} onClick={skip}>
        {t('skipLink.toContent')}
      </SkipLink>
    </div>
  );
}
