import { useTexts } from '../i18n/useTexts';
import { UrgentNumbers } from '../ui/UrgentNumbers';
import { PrivacyLink } from './PrivacyLink';

/** The urgent numbers, reachable from every page. */
export function UrgentFooter() {
  const { t } = useTexts();
  return (
    <footer className="footer">
      <div className="width-container">
        <h2 className="heading-s">{t('footer.urgent')}</h2>
        <UrgentNumbers ids={['emergency-112', 'livslinien']} />
        <p className="footer__privacy">{t('footer.privacy')}</p>
        <PrivacyLink />
      </div>
    </footer>
  );
}
