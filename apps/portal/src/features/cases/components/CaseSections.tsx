import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router-dom';
import { useT } from '../../i18n/hooks/useT';
import {
  CASE_SECTION_PARAM,
  CASE_SECTIONS,
  caseSectionOf,
  type CaseSection,
} from '../utils/caseSections';
import './cases.css';

interface CaseSectionsProps {
  /** The content of each section; only the chosen one is rendered. */
  sections: Record<CaseSection, () => ReactNode>;
}

/**
 * The case page's parts, each one click away. Links (not ARIA tabs): each part has its own
 * address, so it can be bookmarked, sent to a colleague and reached with "back"; the current one
 * is marked with aria-current. Switching replaces the history entry, so "back" leaves the case.
 */
export function CaseSections({ sections }: CaseSectionsProps) {
  const t = useT();
  const location = useLocation();
  const [search] = useSearchParams();
  const current = caseSectionOf(search);
  const navRef = useRef<HTMLElement>(null);
  // On a phone the row scrolls sideways: keep the current part in view (without moving the page).
  useLayoutEffect(() => {
    const nav = navRef.current;
    const link = nav?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!nav || !link || nav.scrollWidth <= nav.clientWidth) return;
    const start =
      link.getBoundingClientRect().left - nav.getBoundingClientRect().left + nav.scrollLeft;
    const end = start + link.getBoundingClientRect().width;
    if (start < nav.scrollLeft) nav.scrollLeft = start;
    else if (end > nav.scrollLeft + nav.clientWidth) nav.scrollLeft = end - nav.clientWidth;
  }, [current]);
  const linkTo = (section: CaseSection) => {
    const next = new URLSearchParams(search);
    next.set(CASE_SECTION_PARAM, section);
    return { search: `?${next.toString()}` };
  };
  return (
    <>
      <nav ref={navRef} aria-label={t('casePage.sections.label')} className="schakel-case-sections">
        <ul className="schakel-case-sections__list">
          {CASE_SECTIONS.map((section) => (
            <li key={section}>
              <Link
                to={linkTo(section)}
                replace
                state={location.state as unknown}
                preventScrollReset
                aria-current={current === section ? 'true' : undefined}
                className={`schakel-case-sections__link${current === section ? ' schakel-case-sections__link--current' : ''}`}
              >
                {t(`casePage.section.${section}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {current && <div className="schakel-flow schakel-case-section">{sections[current]()}</div>}
    </>
  );
}
