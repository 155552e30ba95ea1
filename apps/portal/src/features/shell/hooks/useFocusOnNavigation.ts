import { useEffect, useRef, type RefObject } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router-dom';

/**
 * Moves focus to the element after an in-app navigation, as a full page load would, so keyboard
 * and screen-reader users start at the new content. Initial loads and back/forward are left alone,
 * and so is a new query string on the same page (a filter or another page of a list): that page
 * moves focus itself, where it makes sense.
 */
export function useFocusOnNavigation(target: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const handledPath = useRef<string | null>(null);

  useEffect(() => {
    if (handledPath.current === pathname) return;
    handledPath.current = pathname;
    if (navigationType === NavigationType.Pop || !target.current) return;
    // Like a page load: start at the top, without the browser scrolling to the focused element.
    target.current.focus({ preventScroll: true });
    document.documentElement.scrollTop = 0;
  }, [pathname, navigationType, target]);
}
