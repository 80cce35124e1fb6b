import type { ReactNode } from 'react';
import { useTexts } from '../i18n/useTexts';
import { PageAnnouncer } from '../ui/pageAnnouncer';
import { ClearAnswersButton } from './ClearAnswersButton';
import { FramedWarning } from './FramedWarning';
import { LanguageSwitch } from './LanguageSwitch';
import { QuickExit } from './QuickExit';
import { StaleVersionNotice } from './StaleVersionNotice';
import { UrgentFooter } from './UrgentFooter';

/** The frame around every page: the header with quick exit, the urgent numbers, the live region. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTexts();
  return (
    <>
      <a href="#main-content" className="skip-link">
        {t('skipLink')}
      </a>
      <header className="header">
        <div className="width-container header__inner">
          <span className="header__name">{t('app.name')}</span>
          <div className="header__actions">
            <LanguageSwitch />
            <ClearAnswersButton />
          </div>
          <QuickExit />
        </div>
        <FramedWarning />
      </header>
      <StaleVersionNotice />
      {children}
      <UrgentFooter />
      <PageAnnouncer />
    </>
  );
}

/** The page's own content; the result page names its level here. */
export function Main({ children, resultLevel }: { children: ReactNode; resultLevel?: string }) {
  return (
    <div className="width-container">
      <main id="main-content" className="main" tabIndex={-1} data-result-level={resultLevel}>
        {children}
      </main>
    </div>
  );
}
