import { useLayoutEffect, useRef } from 'react';
import { useTexts } from '../i18n/useTexts';
import { announcePage } from './pageAnnouncer';

/**
 * Names the page in the tab's title ("Error: " first when the page has errors) and, after the person
 * has moved, puts focus on the heading so a screen reader starts reading the new page there.
 */
export function usePageHeading(title: string, { hasError = false, focus = true } = {}) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { t } = useTexts();
  useLayoutEffect(() => {
    const prefix = hasError ? t('errors.titlePrefix') : '';
    document.title = `${prefix}${title} – ${t('app.titleSuffix')}`;
  }, [title, hasError, t]);
  useLayoutEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  // After a move, the live region names the new page (and says so when it shows errors).
  useLayoutEffect(() => {
    if (focus) announcePage(`${hasError ? t('errors.titlePrefix') : ''}${title}`);
  }, [focus, title, hasError, t]);
  return ref;
}
