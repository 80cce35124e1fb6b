import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage } from '../i18n/i18n';
import { languageNames, languages, type Language } from '../i18n/languages';
import { reportLoadFailure } from './staleVersion';

/** Offers every other language by its own name; answers stay, since they live in the flow (not the page). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const others = languages.filter((language) => language !== i18n.language);
  const navRef = useRef<HTMLElement>(null);
  // The pressed button gives way to the other language's: keep keyboard focus in the switch.
  const choose = async (language: Language) => {
    try {
      await switchLanguage(i18n, language);
    } catch (error) {
      // The texts could not be fetched (offline, an old page after an update): stay as we are,
      // and say why when it is a file of this version that is missing.
      reportLoadFailure(error);
      return;
    }
    navRef.current?.querySelector('button')?.focus();
  };
  return (
    <nav aria-label={t('language.label')} className="language-switch" ref={navRef}>
      <ul className="language-switch__list">
        {others.map((language: Language) => (
          <li key={language}>
            <button
              type="button"
              className="link-button language-switch__button"
              lang={language}
              onClick={() => void choose(language)}
            >
              {languageNames[language]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
