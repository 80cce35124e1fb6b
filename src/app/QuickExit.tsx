import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTexts } from '../i18n/useTexts';
import { useFlow } from '../flow/FlowProvider';
import { exitShortcutStep, noExitShortcut } from '../privacy/exitShortcut';
import { leavePage, quickExitDestination } from '../privacy/leavePage';

/**
 * Quick exit on every page: the "button", and Shift ×3 or Esc ×2 anywhere. The "button" is a real
 * link to the exit page (`_top`: a framing site's page goes too), so it leaves as a link wherever
 * its HTML stands without a working script. With the script, the answers are wiped and the page
 * painted empty before leaving by replace, so a page kept in the back-forward cache shows nothing.
 */
export function QuickExit() {
  const { t } = useTexts();
  const flow = useFlow();
  const [announcement, setAnnouncement] = useState('');
  const shortcut = useRef(noExitShortcut);
  const exited = useRef(false);

  const leave = useCallback(() => {
    exited.current = true;
    // Reading aloud stops as the journey closes (Journey.tsx), so nothing of it loads with this page.
    flushSync(() => {
      setAnnouncement(t('quickExit.leaving'));
      flow.send({ type: 'flow.restart' });
    });
    leavePage(() => window.history.replaceState({ flow: { screen: 'start' } }, ''));
  }, [flow, t]);

  const onClick = useCallback(
    (event: MouseEvent<HTMLAnchorElement>) => {
      event.preventDefault();
      leave();
    },
    [leave],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat) return;
      const step = exitShortcutStep(shortcut.current, event.key, event.timeStamp);
      shortcut.current = step.state;
      if (step.exit) {
        leave();
        return;
      }
      setAnnouncement(
        step.shiftPressesLeft === undefined
          ? ''
          : t('quickExit.shiftLeft', { count: step.shiftPressesLeft }),
      );
    };
    // Back into a page restored from the back-forward cache: make sure it shows nothing.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted && exited.current) flow.send({ type: 'flow.restart' });
    };
    document.addEventListener('keydown', onKeyDown);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [flow, leave, t]);

  return (
    <>
      <a
        href={quickExitDestination}
        target="_top"
        rel="noreferrer"
        className="button button--warning quick-exit"
        onClick={onClick}
      >
        {t('quickExit.button')}
      </a>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
