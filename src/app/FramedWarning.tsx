import { useSyncExternalStore } from 'react';
import { useTexts } from '../i18n/useTexts';
import { isFramed } from '../privacy/framing';

/**
 * Shown when another site shows the app inside a frame: the person may not know whose page they
 * are on, and the outer page stays when the frame alone leaves. It gives the app's own address.
 */
const unchanging = () => () => undefined;
const framedHere = () => isFramed();
/** The start page is rendered at build time, where there is no window: never framed there. */
const notFramedAtBuild = () => false;

export function FramedWarning() {
  const { t } = useTexts();
  const framed = useSyncExternalStore(unchanging, framedHere, notFramedAtBuild);
  if (!framed) return null;
  const address = `${window.location.origin}${window.location.pathname}`;
  return (
    <div className="width-container">
      <p className="framed-warning" data-flag="framed">
        {t('framed.warning')}{' '}
        <a href={address} target="_top" rel="noreferrer">
          {address}
        </a>
      </p>
    </div>
  );
}
