import type { ReactNode } from 'react';
import { useTexts } from '../i18n/useTexts';

/**
 * A field's error, as GOV.UK words it: "Error:" for a screen reader, then what to do. Drawn on the
 * start page too (a choice there is a `Choice`), so it reads its words with `useTexts`.
 */
export function ErrorMessage({
  id,
  className = 'error-message',
  children,
}: {
  id: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTexts();
  return (
    <p id={id} className={className}>
      <span className="visually-hidden">{t('errors.titlePrefix').trim()}</span> {children}
    </p>
  );
}
