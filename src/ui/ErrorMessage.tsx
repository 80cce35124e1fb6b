import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A field's error, as GOV.UK words it: "Error:" for a screen reader, then what to do. */
export function ErrorMessage({
  id,
  className = 'error-message',
  children,
}: {
  id: string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('ui');
  return (
    <p id={id} className={className}>
      <span className="visually-hidden">{t('errors.titlePrefix').trim()}</span> {children}
    </p>
  );
}
