import { useRef } from 'react';
import { useTexts } from '../i18n/useTexts';
import { languageDetails, languages, type Language } from '../i18n/languages';
import { reportLoadFailure } from './staleVersion';

/** Offers every other language by its own name; answers stay, since they live in the flow (not the page). */
export function LanguageSwitch() {
  const { t, language: shown, chooseLanguage } = useTexts();
  const others = languages.filter((language) => language !== shown);
  const navRef = useRef<HTMLElement>(null);
  // The pressed button gives way to the other language's: keep keyboard focus in the switch.
  const choose = async (language: Language) => {
    try {
      await chooseLanguage(language);
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
              {languageDetails[language].name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
