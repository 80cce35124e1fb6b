import { defaultLanguage, isLanguage, type Language } from '../i18n/languages';
import { deploymentConfig } from './deploymentConfig';

/** The language the app starts in when the address does not choose one: the deployment's, or Danish. */
export const startLanguage: Language = deploymentConfig.defaultLanguage ?? defaultLanguage;

/** `?lng=en` chooses the language at start; nothing is stored. */
export function languageFromSearch(search: string, fallback: Language = startLanguage): Language {
  const requested = new URLSearchParams(search).get('lng');
  return isLanguage(requested) ? requested : fallback;
}
